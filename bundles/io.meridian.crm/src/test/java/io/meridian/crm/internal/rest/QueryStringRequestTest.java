package io.meridian.crm.internal.rest;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryStringRequestTest {

    @Test
    void theOptionsOfAnUploadAreReadFromItsAddressDecoded() {
        Map<String, String[]> p = QueryStringRequest.parse("dryRun=true&name=Google%20contacts+2.csv&country=DE"
                + "&mapping=%7B%22columns%22%3A%7B%22Handy%22%3A%22phone%3Amobile%22%7D%7D&mergeSimilar");

        assertArrayEquals(new String[]{"true"}, p.get("dryRun"));
        assertArrayEquals(new String[]{"Google contacts 2.csv"}, p.get("name"));
        assertArrayEquals(new String[]{"{\"columns\":{\"Handy\":\"phone:mobile\"}}"}, p.get("mapping"));
        assertArrayEquals(new String[]{""}, p.get("mergeSimilar"), "a name alone is an empty value, which a flag reads as true");
        assertEquals(java.util.List.of("dryRun", "name", "country", "mapping", "mergeSimilar"), java.util.List.copyOf(p.keySet()));
    }

    @Test
    void aRepeatedNameKeepsEveryValueInOrderAndNoQueryIsNoParameters() {
        assertArrayEquals(new String[]{"a", "b"}, QueryStringRequest.parse("x=a&&x=b").get("x"));
        assertTrue(QueryStringRequest.parse(null).isEmpty());
        assertTrue(QueryStringRequest.parse("").isEmpty());
    }

    @Test
    void aMalformedEscapeIsRefusedSayingHowToWriteIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QueryStringRequest.parse("name=100%.csv"));
        assertTrue(e.getMessage().contains("encodeURIComponent"), e.getMessage());
    }
}
