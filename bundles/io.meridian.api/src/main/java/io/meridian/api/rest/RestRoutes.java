package io.meridian.api.rest;

/** Where REST routes live and how they are registered. */
public final class RestRoutes {

    /** Every route's path starts with this. */
    public static final String BASE_PATH = "/api/v1/";

    /**
     * The servlet context every Meridian route registers in (the value of
     * {@code osgi.http.whiteboard.context.select}); the shared security filter applies to all
     * contexts, this one included.
     */
    public static final String CONTEXT_SELECT = "(osgi.http.whiteboard.context.name=default)";

    private RestRoutes() {
    }
}
