package io.meridian.api.culture;

import java.util.List;
import java.util.Objects;

/**
 * Where a country sits on one {@link Scale}, as the content's authors judge it.
 *
 * @param value from 0 (the scale's {@link Scale#low() first pole}) to 100 (its {@link Scale#high() second})
 * @param note why it sits there, in the author's words; required
 * @param sources what the judgement rests on
 */
public record ScalePosition(int value, String note, List<Source> sources) {

    public ScalePosition {
        if (value < 0 || value > 100) throw new IllegalArgumentException("a scale value is 0–100, not " + value);
        Objects.requireNonNull(note, "note");
        if (note.isBlank()) throw new IllegalArgumentException("a scale position needs a note saying why");
        sources = List.copyOf(sources);
    }
}
