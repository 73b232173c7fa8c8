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
        for (ContentProblem p : problems) getLog().error(p.toString());
        throw new MojoFailureException(problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in the region pack's content,"
                + " listed above with file, line and field; the content formats are in docs/extending.md, section 2, and the schemas in"
                + " meridian-content-lint (io/meridian/content/schema/)");
    }
}
