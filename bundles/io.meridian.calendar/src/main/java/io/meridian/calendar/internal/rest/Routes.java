package io.meridian.calendar.internal.rest;

import io.meridian.api.contacts.ContactNotFoundException;
import io.meridian.api.rest.ApiException;
import io.meridian.calendar.internal.service.CalendarMessages;
import io.meridian.calendar.internal.service.ContactsUnavailable;

import java.io.IOException;
import java.time.DateTimeException;

/** What the calendar's and the agenda's routes share: how refusals become error bodies. */
final class Routes {

    /** A route's work, which may refuse its input. */
    interface Work {
        void run() throws IOException;
    }

    private Routes() {
    }

    /**
     * Runs a route: what the calendar refuses becomes a 400 with its message, a contact that does
     * not exist a 404, the contacts feature missing a 503. Anything else is a fault of ours, and
     * the workbench answers it with a 500 and logs it.
     */
    static void answer(Work work) throws IOException {
        try {
            work.run();
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "bad_request", e.getMessage());
        } catch (DateTimeException e) {
            throw new ApiException(400, "bad_request", CalendarMessages.outOfRange(e));
        } catch (ContactNotFoundException e) {
            throw new ApiException(404, "not_found", e.getMessage());
        } catch (ContactsUnavailable e) {
            throw new ApiException(503, "unavailable", e.getMessage());
        }
    }
}
