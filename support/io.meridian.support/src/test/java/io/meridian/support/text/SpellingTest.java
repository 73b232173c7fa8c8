package io.meridian.support.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SpellingTest {

    @Test
    void theClosestNameWithinTwoEditsIsSuggested() {
        assertEquals(0, Spelling.editDistance("note", "note"));
        assertEquals(2, Spelling.editDistance("noet", "note"));
        assertEquals(3, Spelling.editDistance("kitten", "sitting"));
        assertEquals("note", Spelling.closest("noet", List.of("value", "note", "sources")));
        assertEquals("--channel", Spelling.closest("--Chanel", List.of("--channel", "--at")));
        assertNull(Spelling.closest("colour", List.of("title", "body")));
    }
}
