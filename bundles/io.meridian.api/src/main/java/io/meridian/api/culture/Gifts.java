package io.meridian.api.culture;

import java.util.List;

/**
 * Gift giving, as three lists of short statements.
 *
 * @param dos what is expected or welcome ("bring something from your home region, wrapped")
 * @param donts what is better avoided ("expensive gifts at a first meeting")
 * @param taboos what gives offence ("clocks: they stand for death")
 */
public record Gifts(List<String> dos, List<String> donts, List<String> taboos) {

    /** No advice on gifts. */
    public static final Gifts NONE = new Gifts(List.of(), List.of(), List.of());

    public Gifts {
        dos = List.copyOf(dos);
        donts = List.copyOf(donts);
        taboos = List.copyOf(taboos);
    }
}
