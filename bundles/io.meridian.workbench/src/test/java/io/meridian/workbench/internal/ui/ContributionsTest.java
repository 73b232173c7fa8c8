package io.meridian.workbench.internal.ui;

import io.meridian.api.workbench.WorkbenchCommand;
import io.meridian.api.workbench.WorkbenchView;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContributionsTest {

    private static WorkbenchView view(String id, String title, String icon, String module, String element, WorkbenchView.Placement placement) {
        return new WorkbenchView() {
            public String id() { return id; }
            public String title() { return title; }
            public String icon() { return icon; }
            public int order() { return 10; }
            public Placement placement() { return placement; }
            public String module() { return module; }
            public String element() { return element; }
        };
    }

    private static WorkbenchView view(String module, String element) {
        return view("holidays", "Holidays", "calendar", module, element, WorkbenchView.Placement.MAIN);
    }

    @Test
    void wellFormedViewIsTakenAsItIs() {
        Contributions.Checked checked = Contributions.view(view("/views/holidays/holidays.js", "acme-holidays"));
        assertNull(checked.problem());
        assertEquals("calendar", checked.fields().get("icon"));
        assertEquals("MAIN", checked.fields().get("placement"));
    }

    @Test
    void everyIconAViewMayNameIsDrawnInTheFramesIconSet() throws java.io.IOException {
        String icons;
        try (var in = ContributionsTest.class.getResourceAsStream("/ui/icons.svg")) {
            icons = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        for (String icon : Contributions.ICONS) {
            assertTrue(icons.contains("<symbol id=\"" + icon + "\""), "ui/icons.svg has no symbol for " + icon);
        }
    }

    @Test
    void unknownIconBecomesThePluginIconRatherThanARefusal() {
        Contributions.Checked checked = Contributions.view(view("h", "Holidays", "unicorn", "/v/h.js", "acme-h", WorkbenchView.Placement.MAIN));
        assertNull(checked.problem());
        assertEquals("plugin", checked.fields().get("icon"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/x.js", "//evil.example/x.js", "javascript:alert(1)", "/views/../api/v1/x.js",
            "/api/v1/contacts.js", "views/h.js", "/views/h.css", "/views/h.js\"onload=\"x"})
    void moduleOffThisWorkbenchOrNotAScriptIsRefusedWithTheFix(String module) {
        String problem = Contributions.view(view(module, "acme-holidays")).problem();
        assertNotNull(problem, module);
        assertTrue(problem.contains("module"), problem);
    }

    @ParameterizedTest
    @ValueSource(strings = {"holidays", "Acme-Holidays", "acme holidays", "-acme", "font-face", "acme-<b>"})
    void elementNameTheBrowserWouldRefuseIsRefused(String element) {
        String problem = Contributions.view(view("/views/h.js", element)).problem();
        assertNotNull(problem, element);
        assertTrue(problem.contains("custom element"), problem);
    }

    @Test
    void blankTitleMissingPlacementAndBadIdAreEachNamed() {
        assertTrue(Contributions.view(view("h", " ", "calendar", "/v/h.js", "acme-h", WorkbenchView.Placement.MAIN)).problem().contains("title"));
        assertTrue(Contributions.view(view("h", "H", "calendar", "/v/h.js", "acme-h", null)).problem().contains("placement"));
        assertTrue(Contributions.view(view("Bad Id", "H", "calendar", "/v/h.js", "acme-h", WorkbenchView.Placement.MAIN)).problem().contains("id"));
        assertTrue(Contributions.view(view("h", "x".repeat(61), "calendar", "/v/h.js", "acme-h", WorkbenchView.Placement.MAIN)).problem()
                .contains("61 characters"));
    }

    private static WorkbenchCommand command(String target) {
        return new WorkbenchCommand() {
            public String id() { return "acme.go"; }
            public String title() { return "Go"; }
            public String category() { return "Acme"; }
            public String keywords() { return null; }
            public String target() { return target; }
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"#/contacts", "#/contacts?new=1", "/api/v1/export?format=csv"})
    void commandLeadingToARouteOrADownloadHereIsTaken(String target) {
        Contributions.Checked checked = Contributions.command(command(target));
        assertNull(checked.problem(), target);
        assertEquals("", checked.fields().get("keywords"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "https://evil.example", "//evil.example", "#/", "contacts", "#/x\"y"})
    void commandLeadingElsewhereIsRefused(String target) {
        String problem = Contributions.command(command(target)).problem();
        assertNotNull(problem, target);
        assertTrue(problem.contains("target"), problem);
    }
}
