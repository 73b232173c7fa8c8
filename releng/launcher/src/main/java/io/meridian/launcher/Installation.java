package io.meridian.launcher;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folders of an unpacked distribution.
 *
 * @param home the installation root
 */
record Installation(Path home) {

    Path system() {
        return home.resolve("system");
    }

    Path features() {
        return home.resolve("features");
    }

    Path plugins() {
        return home.resolve("plugins");
    }

    Path etc() {
        return home.resolve("etc");
    }

    Path defaultData() {
        return home.resolve("data");
    }

    /**
     * The installation this launcher belongs to: the {@code meridian.home} system property set
     * by {@code bin/meridian}, or else the parent of the {@code lib/} folder holding this jar.
     */
    static Installation locate() throws LaunchException {
        String property = System.getProperty("meridian.home");
        Path home;
        if (property != null && !property.isBlank()) {
            home = Path.of(property).toAbsolutePath().normalize();
        } else {
            try {
                Path jar = Path.of(Installation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                home = jar.getParent().getParent();
            } catch (URISyntaxException | NullPointerException e) {
                throw new LaunchException(LaunchException.FAILURE,
                        "cannot tell where Meridian is installed: start it with bin/meridian, or set -Dmeridian.home=DIR");
            }
        }
        if (!Files.isDirectory(home.resolve("system")) || !Files.isDirectory(home.resolve("features"))) {
            throw new LaunchException(LaunchException.FAILURE, home + " is not a Meridian installation (it has no system/ "
                    + "and features/ folders). Start Meridian with the bin/meridian of an unpacked distribution");
        }
        return new Installation(home);
    }
}
