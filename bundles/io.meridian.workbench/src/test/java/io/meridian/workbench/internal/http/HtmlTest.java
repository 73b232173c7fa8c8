package io.meridian.workbench.internal.http;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HtmlTest {

    @Test
    void markupCharactersBecomeEntities() {
        assertEquals("&lt;img src=x onerror=alert(1)&gt;", Html.escape("<img src=x onerror=alert(1)>"));
        assertEquals("&quot;a&quot; &amp; &#39;b&#39;", Html.escape("\"a\" & 'b'"));
        assertEquals("", Html.escape(null));
        assertEquals("Zoë 東京", Html.escape("Zoë 東京"));
    }
}
