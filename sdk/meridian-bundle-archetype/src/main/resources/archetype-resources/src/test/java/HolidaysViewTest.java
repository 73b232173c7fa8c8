package ${package};

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HolidaysViewTest {

    @Test
    void theModuleTheViewNamesIsInTheBundleAndDefinesItsElement() throws IOException {
        HolidaysView view = new HolidaysView();
        assertTrue(view.module().startsWith(HolidaysView.PATH + "/"), view.module());
        // the whiteboard serves PATH/* from the bundle's view/ folder
        String entry = "/view" + view.module().substring(HolidaysView.PATH.length());
        try (InputStream in = HolidaysView.class.getResourceAsStream(entry)) {
            assertNotNull(in, entry + " is not in the bundle");
            String module = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(module.contains("customElements.define('" + view.element() + "'"), module);
            assertTrue(!module.contains("innerHTML"), "the view puts text in as text, never as markup");
        }
        assertTrue(view.element().contains("-"), "a custom element's name has a hyphen");
    }
}
