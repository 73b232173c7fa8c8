/**
 * REST routes under {@code /api/v1/}.
 *
 * <p>A bundle contributes a route by registering a Jakarta Servlet with the OSGi Servlet
 * Whiteboard at a pattern below {@link io.meridian.api.rest.RestRoutes#BASE_PATH}. One shared
 * filter in the workbench checks the access token and the Host header and limits request
 * sizes, and its error page turns an {@link io.meridian.api.rest.ApiException} thrown by any
 * route into a JSON error body, so routes contain none of that.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package io.meridian.api.rest;
