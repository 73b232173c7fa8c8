package io.meridian.workbench.internal.ui;

import io.meridian.api.workbench.WorkbenchCommand;
import io.meridian.api.workbench.WorkbenchView;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a view or a command once and checks it against what the frame can safely show. Each
 * check names the field, what is wrong and what would be right, because the reader is the
 * plugin's author looking at the Plugins view.
 */
final class Contributions {

    /** The icons the frame draws (frame/icons.svg); anything else is shown as a puzzle piece. */
    static final Set<String> ICONS = Set.of("agenda", "calendar", "chart", "clock", "contacts", "globe", "book", "import",
            "person", "planner", "plugin", "settings", "search", "star", "flag", "link", "note");

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    /** A valid custom element name, in the lower-case ASCII subset the frame accepts. */
    private static final Pattern ELEMENT = Pattern.compile("[a-z][a-z0-9._]*(-[a-z0-9._]*)+");
    private static final Set<String> RESERVED_ELEMENTS = Set.of("annotation-xml", "color-profile", "font-face",
            "font-face-src", "font-face-uri", "font-face-format", "font-face-name", "missing-glyph");
    /** A same-origin path with no scheme, host, traversal or query tricks. */
    private static final Pattern PATH = Pattern.compile("/(?!/)[A-Za-z0-9._~!$&'()*+,;=:@%/-]*");
    private static final int MAX_TITLE = 60;

    private Contributions() {
    }

    record Checked(String kind, Map<String, Object> fields, String problem) {
    }

    static Checked view(WorkbenchView view) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("id", view.id());
        f.put("title", view.title());
        String icon = view.icon();
        f.put("icon", icon != null && ICONS.contains(icon) ? icon : "plugin");
        f.put("order", view.order());
        f.put("placement", view.placement() == null ? null : view.placement().name());
        f.put("module", view.module());
        f.put("element", view.element());
        String problem = idProblem("view", view.id());
        if (problem == null) problem = titleProblem(view.title());
        if (problem == null && view.placement() == null) problem = "its placement is null; return MAIN or CONTACT_PANEL";
        if (problem == null) problem = moduleProblem(view.module());
        if (problem == null) problem = elementProblem(view.element());
        return new Checked("view", f, problem);
    }

    static Checked command(WorkbenchCommand command) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("id", command.id());
        f.put("title", command.title());
        f.put("category", command.category());
        f.put("keywords", command.keywords() == null ? "" : command.keywords());
        f.put("target", command.target());
        String problem = idProblem("command", command.id());
        if (problem == null) problem = titleProblem(command.title());
        if (problem == null && (command.category() == null || command.category().isBlank())) {
            problem = "its category is empty; name the group it belongs to, usually its view's title";
        }
        if (problem == null) problem = targetProblem(command.target());
        return new Checked("command", f, problem);
    }

    static String idProblem(String kind, String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return "its " + kind + " id " + quoted(id) + " is not usable; use 1 to 64 lower-case letters, digits, '.', '_' "
                    + "or '-', starting with a letter or digit";
        }
        return null;
    }

    static String titleProblem(String title) {
        if (title == null || title.isBlank()) return "its title is empty; give the words the navigation should show";
        if (title.length() > MAX_TITLE) return "its title is " + title.length() + " characters long; keep it to " + MAX_TITLE;
        return null;
    }

    static String moduleProblem(String module) {
        if (module == null || !PATH.matcher(module).matches() || module.contains("/../") || module.endsWith("/..")
                || module.startsWith("/api/")) {
            return "its module " + quoted(module) + " is not a path on this workbench; serve the ES module from the bundle "
                    + "(e.g. /views/ID/view.js) and return that path";
        }
        if (!module.endsWith(".js") && !module.endsWith(".mjs")) {
            return "its module " + quoted(module) + " does not end in .js or .mjs; the frame loads it as an ES module";
        }
        return null;
    }

    static String elementProblem(String element) {
        if (element == null || !ELEMENT.matcher(element).matches() || RESERVED_ELEMENTS.contains(element)) {
            return "its element " + quoted(element) + " is not a custom element name; use lower case with a hyphen, "
                    + "e.g. 'acme-holidays', and define it in the module";
        }
        return null;
    }

    static String targetProblem(String target) {
        if (target != null && target.startsWith("#/") && target.length() > 2 && !target.contains("\"")) return null;
        if (target != null && PATH.matcher(target.split("\\?", 2)[0]).matches() && !target.contains("/../")) return null;
        return "its target " + quoted(target) + " leads nowhere the palette can go; use a frame route such as "
                + "'#/contacts' or a path on this workbench such as '/api/v1/export?format=csv'";
    }

    private static String quoted(String s) {
        return s == null ? "null" : "'" + s + "'";
    }
}
