package io.meridian.itest.bundles;

import io.meridian.api.rest.ApiException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** A third-party REST route that refuses its input the documented way: by throwing. */
public final class RefusingRoute extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        throw new ApiException(422, "unsupported_zone", "Mars/Olympus is not a time zone; use an IANA name such as Asia/Tokyo");
    }
}
