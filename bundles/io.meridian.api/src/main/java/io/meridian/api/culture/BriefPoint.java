package io.meridian.api.culture;

import java.util.List;

/**
 * One point of a brief: a sentence built from the positions of profiles on a scale, and the
 * notes its authors wrote for those positions.
 *
 * @param scale the scale it is about
 * @param summary the sentence ("Japan sits toward high-context (85), Germany toward low-context (15).")
 * @param notes the profile notes behind it, each prefixed by its country's name
 * @param sources where those notes come from
 */
public record BriefPoint(Scale scale, String summary, List<String> notes, List<Source> sources) {

    public BriefPoint {
        notes = List.copyOf(notes);
        sources = List.copyOf(sources);
    }
}
