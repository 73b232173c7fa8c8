package io.meridian.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One of the two things measured: how to start it on a data directory, and the stdout line it
 * prints once ready.
 *
 * @param id short name, for directories and logs
 * @param label name in the report
 * @param baseCommand the command without {@code --data DIR --port 0}
 * @param readyPrefix the start of the ready line; the URL follows it
 */
record Variant(String id, String label, List<String> baseCommand, String readyPrefix) {

    static final String MERIDIAN_READY = "Meridian is ready at ";

    /** {@code bin/meridian --headless}: the script execs java, so the process is the JVM. */
    static Variant meridian(Path home) {
        return new Variant("meridian", "Meridian", List.of(home.resolve("bin/meridian").toString(), "--headless"), MERIDIAN_READY);
    }

    /**
     * {@link BareFelix} in its own JVM, with bin/meridian's java and JVM flags and the
     * distribution's own framework jar.
     *
     * @param benchmarkClasses the jar or folder holding this class
     */
    static Variant floor(Path home, String java, List<String> jvmFlags, Path benchmarkClasses) {
        Path lib = home.resolve("lib");
        String classpath = String.join(":", benchmarkClasses.toString(),
                lib.resolve("org.apache.felix.framework.jar").toString(),
                lib.resolve("jackson-jr-objects.jar").toString(),
                lib.resolve("jackson-core.jar").toString());
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmFlags);
        command.addAll(List.of("-cp", classpath, BareFelix.class.getName(), "--home", home.toString()));
        return new Variant("floor", "Floor (bare Felix)", List.copyOf(command), BareFelix.READY);
    }

    List<String> command(Path dataDir) {
        List<String> command = new ArrayList<>(baseCommand);
        command.addAll(List.of("--data", dataDir.toString(), "--port", "0"));
        return command;
    }
}
