package io.meridian.api.culture;

import java.util.List;
import java.util.Map;

/**
 * Countries side by side on every scale.
 *
 * @param countries the profiles compared, in the order asked
 * @param rows one row per scale, in {@link Scale} order; a country its authors did not place on a scale is absent from the row
 * @param brief the largest differences, largest first, each derived from the positions and notes of the profiles
 */
public record Comparison(List<CountryProfile> countries, List<Row> rows, List<BriefPoint> brief) {

    public Comparison {
        countries = List.copyOf(countries);
        rows = List.copyOf(rows);
        brief = List.copyOf(brief);
    }

    /** One scale: each country's position, and the distance between the two farthest apart (0–100). */
    public record Row(Scale scale, Map<String, ScalePosition> positions, int spread) {

        public Row {
            positions = Map.copyOf(positions);
        }
    }
}
