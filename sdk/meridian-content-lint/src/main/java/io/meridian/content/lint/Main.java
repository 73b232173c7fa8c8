package io.meridian.content.lint;

import io.meridian.api.culture.ContentProblem;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The linter from a build or a shell: {@code Main CONTENT_DIR [PACK]}. Prints every problem, one
 * a line, and exits 0 when there is none, 1 when there are some, 2 when it could not run.
 * {@code Main --holidays CALENDAR_FILE [YEAR[-YEAR]] [SUBDIVISION]} prints what a calendar file
 * gives instead, to compare with an official list.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && args[0].equals("--holidays")) return holidays(args, out, err);
        if (args.length < 1 || args.length > 2) {
            err.println("usage: java io.meridian.content.lint.Main CONTENT_DIR [PACK]: CONTENT_DIR holds profiles/, articles/ and calendar/;"
                    + " PACK names the pack in each problem (its bundle's symbolic name); or --holidays CALENDAR_FILE [YEAR[-YEAR]] [SUBDIVISION]"
                    + " to print what a calendar file gives");
            return 2;
        }
        Path content = Path.of(args[0]);
        String pack = args.length == 2 ? args[1] : content.toAbsolutePath().normalize().toString();
        List<ContentProblem> problems;
        try {
            problems = new ContentLint(pack).lint(content);
        } catch (IOException e) {
            err.println("meridian-content-lint: could not read " + content + ": " + e.getMessage());
            return 2;
        }
        problems.forEach(out::println);
        out.println(problems.isEmpty() ? "The region pack's content is complete and sound." : problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + " in the region pack's content; each names its file, line and field.");
        return problems.isEmpty() ? 0 : 1;
    }

    private static final String HOLIDAYS_USAGE = "usage: java io.meridian.content.lint.Main --holidays CALENDAR_FILE [YEAR[-YEAR]] [SUBDIVISION],"
            + " for example --holidays content/calendar/IS.json 2025-2027 (years 1900 to 2100; the default is 2024-2030)";

    private static int holidays(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2 || args.length > 4) {
            err.println(HOLIDAYS_USAGE);
            return 2;
        }
        Path file = Path.of(args[1]);
        int from = ContentLint.FIRST_YEAR;
        int to = ContentLint.LAST_YEAR;
        if (args.length >= 3) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})(?:-(\\d{4}))?").matcher(args[2]);
            if (!m.matches()) {
                err.println("meridian-content-lint: \"" + args[2] + "\" is not a year or a range of years; " + HOLIDAYS_USAGE);
                return 2;
            }
            from = Integer.parseInt(m.group(1));
            to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            if (from > to || from < 1900 || to > 2100) {
                err.println("meridian-content-lint: years " + args[2] + " must run forwards within 1900 to 2100; " + HOLIDAYS_USAGE);
                return 2;
            }
        }
        java.util.Optional<String> subdivision = java.util.Optional.ofNullable(args.length == 4 ? args[3] : null);
        String text;
        try {
            text = java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("meridian-content-lint: could not read " + file + ": " + e.getMessage());
            return 2;
        }
        String name = file.getParent() != null && file.getParent().getFileName() != null
                ? file.getParent().getFileName() + "/" + file.getFileName() : file.getFileName().toString();
        return HolidayPreview.print(name, text, from, to, subdivision, out) ? 0 : 1;
    }
}
