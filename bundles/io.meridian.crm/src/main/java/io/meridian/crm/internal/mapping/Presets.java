package io.meridian.crm.internal.mapping;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The export layouts Meridian recognises, and which one a file's columns are. */
public final class Presets {

    static final List<String> IDS = List.of("google", "google-legacy", "outlook", "outlook-com", "outlook-google", "salesforce",
            "salesforce-report", "hubspot", "zoho", "pipedrive", "vcard", "meridian");

    private static final List<Preset> ALL = load();

    private Presets() {
    }

    public static List<Preset> all() {
        return ALL;
    }

    public static Optional<Preset> byId(String id) {
        return ALL.stream().filter(p -> p.id().equalsIgnoreCase(id)).findFirst();
    }

    /**
     * The preset whose signature the columns carry; of several, the one with the longer
     * signature, as it is the more specific (Outlook.com's export carries classic Outlook's
     * signature and its own Yomi columns), then the one that places more of the columns.
     */
    public static Optional<Preset> recognise(List<String> columns) {
        return ALL.stream().filter(p -> p.fits(columns))
                .max(Comparator.<Preset>comparingInt(p -> p.signature().size())
                        .thenComparingLong(p -> columns.stream().filter(c -> p.target(c) != null).count()));
    }

    private static List<Preset> load() {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        List<Preset> presets = new ArrayList<>();
        for (String id : IDS) {
            try (InputStream in = Presets.class.getResourceAsStream("/presets/" + id + ".json")) {
                if (in == null) throw new IllegalStateException("presets/" + id + ".json is missing from the bundle");
                Preset preset = json.readValue(in, Preset.class);
                // Parse every target now: a typo in a preset fails the first import, not the hundredth row.
                preset.columns().values().forEach(Target::parse);
                presets.add(preset);
            } catch (IOException e) {
                throw new UncheckedIOException("presets/" + id + ".json cannot be read", e);
            }
        }
        return List.copyOf(presets);
    }
}
