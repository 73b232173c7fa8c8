package io.meridian.content.lint;

import io.meridian.api.culture.ContentProblem;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The linter from a build or a shell: {@code Main CONTENT_DIR [PACK]}. Prints every problem, one
 * a line, and exits 0 when there is none, 1 when there are some, 2 when it could not run.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 1 || args.length > 2) {
            err.println("usage: java io.meridian.content.lint.Main CONTENT_DIR [PACK]: CONTENT_DIR holds profiles/, articles/ and calendar/;"
                    + " PACK names the pack in each problem (its bundle's symbolic name)");
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
}
