package io.meridian.contacts.internal.rest;

import io.meridian.api.rest.ApiException;
import io.meridian.contacts.internal.demo.DemoData;
import io.meridian.contacts.internal.demo.DemoSummary;
import io.meridian.support.rest.QueryParameters;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /api/v1/contacts/demo[?reset=true]}: the demo book, for someone trying Meridian
 * from the workbench window with nothing of their own in it yet. The same load as the shell's
 * {@code contacts:demo}: nothing happens when the demo is already there, unless {@code reset}
 * erases the demo people first.
 */
final class DemoRoutes {

    private final DemoData demo;

    DemoRoutes(DemoData demo) {
        this.demo = demo;
    }

    /**
     * Answers 201 with what was loaded, or 200 with how many demo people are there already.
     * One load at a time: a second click while the first runs must not load the book twice.
     */
    synchronized void post(Exchange ex) throws IOException {
        QueryParameters query = ex.query("reset");
        boolean reset = Boolean.TRUE.equals(query.flag("reset"));
        query.check();
        int erased = reset ? demo.erase() : 0;
        Optional<DemoSummary> loaded;
        try {
            loaded = demo.load();
        } catch (IllegalStateException e) {
            throw new ApiException(500, "demo_incomplete", e.getMessage() + "; the demo is partly loaded: "
                    + "POST /api/v1/contacts/demo?reset=true erases it and starts again");
        }
        if (loaded.isPresent()) {
            ex.created(loaded(loaded.get(), erased));
        } else {
            ex.ok(alreadyLoaded(demo.present().size()));
        }
    }

    static Map<String, Object> loaded(DemoSummary s, int erased) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", "loaded");
        json.put("erased", erased);
        json.put("people", s.people());
        json.put("countries", s.countries());
        json.put("organizations", s.organisations());
        json.put("interactions", s.interactions());
        json.put("commitments", s.commitments());
        json.put("trustAssessments", s.trustAssessments());
        json.put("introductions", s.introductions());
        json.put("cadenceRules", s.cadenceRules());
        json.put("message", "Loaded the demo book, dated up to today: " + s.people() + " people in " + s.countries() + " countries"
                + (erased > 0 ? ", after erasing the " + erased + " demo people there were" : "") + ".");
        return json;
    }

    static Map<String, Object> alreadyLoaded(int present) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", "already_loaded");
        json.put("erased", 0);
        json.put("people", present);
        json.put("message", "The demo book is already loaded (" + present + (present == 1 ? " person" : " people")
                + " with external id system " + DemoData.SYSTEM + "); nothing changed. "
                + "POST /api/v1/contacts/demo?reset=true erases them and loads it again.");
        return json;
    }
}
