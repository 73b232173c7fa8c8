package io.meridian.content.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The goal passes a complete pack and fails the build on a broken one, saying how many problems and where to look. */
class CheckMojoTest {

    private static final Path PACK = Path.of("../../regions/io.meridian.region.east-asia/src/main/resources/content");

    @TempDir
    Path content;

    private CheckMojo mojo() {
        CheckMojo mojo = new CheckMojo();
        mojo.content = content.toFile();
        mojo.pack = "com.example.region.japan";
        return mojo;
    }

    /** Japan's profile and calendar from the East Asia pack: complete, and sourced. */
    private void japan() throws IOException {
        Files.createDirectories(content.resolve("profiles"));
        Files.createDirectories(content.resolve("calendar"));
        Files.copy(PACK.resolve("profiles/JP.json"), content.resolve("profiles/JP.json"));
        Files.copy(PACK.resolve("calendar/JP.json"), content.resolve("calendar/JP.json"));
    }

    @Test
    void aCompletePackPasses() throws IOException {
        japan();
        assertDoesNotThrow(() -> mojo().execute());
    }

    @Test
    void aBrokenFileFailsTheBuild() throws IOException {
        japan();
        Files.writeString(content.resolve("calendar/JP.json"), Files.readString(content.resolve("calendar/JP.json")).replace("\"public\"", "\"pubic\""));
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo().execute());
        CheckMojo inProject = mojo();
        inProject.basedir = content.getParent().toFile();
        assertEquals(content.getFileName() + "/calendar/JP.json", inProject.fromProject(new io.meridian.api.culture.ContentProblem("p",
                "content/calendar/JP.json", 3, "holidays[0].type", "x")).file(), "named from the project's folder");
        assertTrue(e.getMessage().contains("problems in the region pack's content, listed above with file, line and field"), e.getMessage());
        CheckMojo skipped = mojo();
        skipped.skip = true;
        assertDoesNotThrow(skipped::execute);
    }
}
