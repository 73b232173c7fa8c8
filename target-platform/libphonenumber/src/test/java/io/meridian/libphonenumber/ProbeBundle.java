package io.meridian.libphonenumber;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Path;

import aQute.bnd.osgi.Builder;
import aQute.bnd.osgi.Constants;
import aQute.bnd.osgi.Jar;

/**
 * Packs the probe classes into a bundle while the test runs.
 *
 * <p>bnd computes the probe's {@code Import-Package} from its byte code, exactly as for a Meridian
 * bundle, so inside the framework the probe can only get libphonenumber from the bundle that
 * exports it. The wrapped bundle is on bnd's class path only so that those imports carry its
 * version.
 */
final class ProbeBundle {

    static final String SYMBOLIC_NAME = "io.meridian.libphonenumber.probe";

    /** Named as text so that the test side never loads a probe class itself. */
    private static final String PROBE_PACKAGE = "io.meridian.libphonenumber.probe";

    private ProbeBundle() {
    }

    static InputStream build(Path testClasses, Path libphonenumberBundle) throws Exception {
        try (Builder builder = new Builder()) {
            builder.setProperty(Constants.BUNDLE_SYMBOLICNAME, SYMBOLIC_NAME);
            builder.setProperty(Constants.BUNDLE_VERSION, "0.0.0");
            builder.setProperty(Constants.BUNDLE_ACTIVATOR, PROBE_PACKAGE + ".ProbeActivator");
            builder.setProperty(Constants.PRIVATEPACKAGE, PROBE_PACKAGE);
            builder.setProperty(Constants.NOIMPORTJAVA, "true");
            builder.addClasspath(testClasses.toFile());
            builder.addClasspath(libphonenumberBundle.toFile());
            Jar jar = builder.build();
            if (!builder.isOk()) {
                throw new IllegalStateException("bnd could not build the probe bundle: " + builder.getErrors());
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            jar.write(bytes);
            return new ByteArrayInputStream(bytes.toByteArray());
        }
    }
}
