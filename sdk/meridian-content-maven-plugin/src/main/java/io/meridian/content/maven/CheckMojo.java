package io.meridian.content.maven;

import io.meridian.api.culture.ContentProblem;
import io.meridian.content.lint.ContentLint;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.util.List;

/**
 * Checks a region pack's content folder (profiles, articles, calendars) against the content
 * schemas, the workbench's readers and what a region pack must cover, and fails the build on any
 * problem, each logged with its file, line and field.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractMojo {

    /** The folder holding profiles/, articles/ and calendar/. */
    @Parameter(property = "meridian.content", defaultValue = "${project.basedir}/src/main/resources/content")
    File content;

    /** The pack's name in each problem: its bundle's symbolic name. */
    @Parameter(property = "meridian.pack", defaultValue = "${project.artifactId}")
    String pack;

    /** The project's folder: problems name their files from here, as an editor or a build log links them. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    File basedir;

    /** Skips the check (for a build that only packages). */
    @Parameter(property = "meridian.content.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Region-pack content check skipped (meridian.content.skip)");
            return;
        }
        List<ContentProblem> problems;
        try {
            problems = new ContentLint(pack).lint(content.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("could not read the pack's content in " + content + ": " + e.getMessage(), e);
        }
        if (problems.isEmpty()) {
            getLog().info("Region-pack content of " + pack + " is complete and sound (" + content + ")");
            return;
        }
        for (ContentProblem p : problems) getLog().error(fromProject(p).toString());
        throw new MojoFailureException(problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in the region pack's content,"
                + " listed above with file, line and field; the content formats are in docs/extending.md, section 2, and the schemas in"
                + " meridian-content-lint (io/meridian/content/schema/)");
    }

    /** {@code content/calendar/IS.json} as {@code src/main/resources/content/calendar/IS.json}, where the file is in the project. */
    ContentProblem fromProject(ContentProblem p) {
        if (basedir == null || !p.file().startsWith("content/")) return p;
        java.nio.file.Path folder = content.toPath().toAbsolutePath().normalize();
        java.nio.file.Path base = basedir.toPath().toAbsolutePath().normalize();
        if (!folder.startsWith(base)) return p;
        String prefix = base.relativize(folder).toString().replace(java.io.File.separatorChar, '/');
        return new ContentProblem(p.bundle(), (prefix.isEmpty() ? "" : prefix + "/") + p.file().substring("content/".length()), p.line(),
                p.field(), p.message());
    }
}
