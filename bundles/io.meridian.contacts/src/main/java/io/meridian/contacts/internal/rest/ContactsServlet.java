package io.meridian.contacts.internal.rest;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * What every contacts route shares: a refusal from the contact services (an invalid field, a
 * person not found, a stale version) is answered with its status and message, not a 500.
 */
abstract class ContactsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected final void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            super.service(request, response);
        } catch (RuntimeException e) {
            throw ServiceErrors.translate(e, response);
        }
    }
}
