package io.meridian.contacts.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meridian.api.contacts.ContactQuery;
import io.meridian.api.rest.ApiException;
import io.meridian.contacts.internal.demo.DemoData;
import io.meridian.contacts.internal.rest.ContactRoutes;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code POST /api/v1/contacts/demo} through the contacts servlet, on a real book. It lives
 * beside {@link ContactBook} because the demo is dated up to today, and only this package can
 * move the book's clock there.
 */
class DemoRouteTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ContactBook book = ContactBook.onH2();
    private final ContactRoutes routes;

    DemoRouteTest() {
        book.clock.advance(Duration.between(book.clock.instant(), Instant.now()));
        routes = new ContactRoutes(book.contacts, book.relationships, book.health,
                new DemoData(book.contacts, book.relationships, book.health));
    }

    @Test
    void firstPostLoadsTheBookASecondChangesNothingAndResetLoadsItAfresh() throws Exception {
        Answer first = post(Map.of());
        assertEquals(201, first.status);
        assertEquals("loaded", first.json.path("status").asText());
        int people = first.json.path("people").asInt();
        assertEquals(people, peopleInTheBook());
        assertTrue(people >= 40 && first.json.path("countries").asInt() >= 20, first.json.toString());
        assertTrue(first.json.path("interactions").asInt() > 0 && first.json.path("organizations").asInt() > 0, first.json.toString());

        Answer again = post(Map.of());
        assertEquals(200, again.status);
        assertEquals("already_loaded", again.json.path("status").asText());
        assertEquals(people, again.json.path("people").asInt());
        assertTrue(again.json.path("message").asText().contains("?reset=true"), again.json.toString());
        assertEquals(people, peopleInTheBook(), "nothing was loaded twice");

        Answer reset = post(Map.of("reset", "true"));
        assertEquals(201, reset.status);
        assertEquals(people, reset.json.path("erased").asInt());
        assertEquals(people, peopleInTheBook());
    }

    @Test
    void aResetThatIsNotTrueOrFalseIsRefusedByNameBeforeAnythingIsLoaded() {
        ApiException refused = assertThrows(ApiException.class, () -> post(Map.of("reset", "yes please")));
        assertEquals(400, refused.status());
        assertTrue(refused.fields().get("reset").contains("true or false"), refused.fields().toString());

        ApiException unknown = assertThrows(ApiException.class, () -> post(Map.of("people", "10")));
        assertTrue(unknown.fields().get("people").contains("unknown parameter"), unknown.fields().toString());
        assertEquals(0, peopleInTheBook());
    }

    private long peopleInTheBook() {
        return book.contacts.search(new ContactQuery(null, null, null, null, null, null, ContactQuery.Sort.NAME, false, 0, 500)).total();
    }

    private record Answer(int status, JsonNode json) {
    }

    /** POST /api/v1/contacts/demo with these query parameters, as the servlet container would hand it over. */
    private Answer post(Map<String, String> parameters) throws Exception {
        Map<String, String[]> query = new HashMap<>();
        parameters.forEach((k, v) -> query.put(k, new String[] {v}));
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (self, method, args) -> switch (method.getName()) {
                    case "getMethod" -> "POST";
                    case "getPathInfo" -> "/demo";
                    case "getRequestURI" -> "/api/v1/contacts/demo";
                    case "getParameterMap" -> query;
                    case "getHeader" -> null;
                    default -> throw new UnsupportedOperationException("the demo route does not read " + method.getName());
                });
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int[] status = {0};
        ServletOutputStream out = new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void write(int b) {
                body.write(b);
            }
        };
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (self, method, args) -> switch (method.getName()) {
                    case "setStatus" -> {
                        status[0] = (Integer) args[0];
                        yield null;
                    }
                    case "getOutputStream" -> out;
                    case "setContentType", "setCharacterEncoding", "setHeader" -> null;
                    default -> throw new UnsupportedOperationException("the demo route does not call " + method.getName());
                });
        routes.service(request, response);
        return new Answer(status[0], JSON.readTree(body.toByteArray()));
    }
}
