package io.meridian.culture.internal.kb;

import io.meridian.api.culture.BriefPoint;
import io.meridian.api.culture.Comparison;
import io.meridian.api.culture.CountryProfile;
import io.meridian.api.culture.Scale;
import io.meridian.api.culture.ScalePosition;
import io.meridian.api.culture.Source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Comparisons and briefs, built only from what the profiles say: the positions their authors
 * gave, put into words by fixed sentences, and the notes they wrote. Nothing is invented: a scale
 * a profile leaves out is left out of the brief.
 */
public final class Briefs {

    /** Positions closer than this are not worth a point in a brief between two countries. */
    static final int NOTABLE_GAP = 20;
    /** A country alone: positions within this distance of the middle are not worth a point. */
    static final int NOTABLE_LEAN = 20;
    static final int MAX_POINTS = 4;

    private Briefs() {
    }

    /** Countries side by side; the brief lists the scales where the countries differ most, largest first. */
    public static Comparison compare(List<CountryProfile> profiles) {
        List<Comparison.Row> rows = new ArrayList<>();
        List<BriefPoint> brief = new ArrayList<>();
        for (Scale scale : Scale.values()) {
            Map<String, ScalePosition> positions = new LinkedHashMap<>();
            for (CountryProfile p : profiles) {
                ScalePosition pos = p.scales().get(scale);
                if (pos != null) positions.put(p.countryCode(), pos);
            }
            int spread = positions.isEmpty() ? 0 : positions.values().stream().mapToInt(ScalePosition::value).max().getAsInt()
                    - positions.values().stream().mapToInt(ScalePosition::value).min().getAsInt();
            rows.add(new Comparison.Row(scale, positions, spread));
            if (positions.size() >= 2 && spread >= NOTABLE_GAP) brief.add(difference(scale, profiles, spread));
        }
        brief.sort(Comparator.comparingInt((BriefPoint b) -> -spreadOf(rows, b.scale())));
        return new Comparison(profiles, rows, brief.subList(0, Math.min(brief.size(), MAX_POINTS * Math.max(1, profiles.size() - 1))));
    }

    /**
     * The points that matter for someone from {@code home} (when given) working with {@code country}:
     * the largest differences; without a home country, the scales where {@code country} leans furthest from the middle.
     */
    public static List<BriefPoint> brief(CountryProfile country, CountryProfile home) {
        if (home != null) {
            return compare(List.of(home, country)).brief().stream().limit(MAX_POINTS).toList();
        }
        List<BriefPoint> points = new ArrayList<>();
        country.scales().entrySet().stream()
                .filter(e -> Math.abs(e.getValue().value() - 50) >= NOTABLE_LEAN)
                .sorted(Comparator.comparingInt(e -> -Math.abs(e.getValue().value() - 50)))
                .limit(MAX_POINTS)
                .forEach(e -> points.add(new BriefPoint(e.getKey(), country.name() + " leans toward " + pole(e.getKey(), e.getValue().value())
                        + " on " + e.getKey().id() + " (" + e.getValue().value() + " of 100)." , List.of(country.name() + ": "
                        + e.getValue().note()), e.getValue().sources())));
        return points;
    }

    private static BriefPoint difference(Scale scale, List<CountryProfile> profiles, int spread) {
        List<CountryProfile> placed = profiles.stream().filter(p -> p.scales().containsKey(scale))
                .sorted(Comparator.comparingInt(p -> p.scales().get(scale).value())).toList();
        CountryProfile low = placed.get(0);
        CountryProfile high = placed.get(placed.size() - 1);
        int lv = low.scales().get(scale).value();
        int hv = high.scales().get(scale).value();
        String summary = scale.title() + ": " + high.name() + " sits nearer " + scale.high() + " (" + hv + "), " + low.name()
                + " nearer " + scale.low() + " (" + lv + "), " + spread + " points apart.";
        List<String> notes = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        for (CountryProfile p : List.of(high, low)) {
            ScalePosition pos = p.scales().get(scale);
            notes.add(p.name() + ": " + pos.note());
            sources.addAll(pos.sources());
        }
        return new BriefPoint(scale, summary, notes, sources);
    }

    private static String pole(Scale scale, int value) {
        return value >= 50 ? scale.high() : scale.low();
    }

    private static int spreadOf(List<Comparison.Row> rows, Scale scale) {
        return rows.stream().filter(r -> r.scale() == scale).mapToInt(Comparison.Row::spread).findFirst().orElse(0);
    }
}
