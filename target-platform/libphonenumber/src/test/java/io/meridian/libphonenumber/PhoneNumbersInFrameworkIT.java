package io.meridian.libphonenumber;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import io.meridian.libphonenumber.probe.ProbeActivator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Proves that libphonenumber finds its metadata inside an OSGi framework when it comes from the
 * bundle this module builds.
 *
 * <p>libphonenumber loads the metadata files with {@code Class.getResourceAsStream} on one of its
 * own classes, so in OSGi it sees only the resources of the bundle it lives in. The libphonenumber
 * jar on the test class path stays out of the framework: Felix delegates only {@code java.*} to
 * the boot class loader and exports no extra system packages.
 */
final class PhoneNumbersInFrameworkIT {

    private static final String LIBPHONENUMBER_SYMBOLIC_NAME = "com.googlecode.libphonenumber.meridian";

    private static final Map<String, Object> BERLIN_NUMBER = Map.of(
            "valid", true,
            "possibility", "IS_POSSIBLE",
            "type", "FIXED_LINE",
            "e164", "+4930901820");

    @TempDir
    Path storage;

    private Framework framework;

    @BeforeEach
    void startFramework() throws Exception {
        Map<String, String> configuration = Map.of(
                Constants.FRAMEWORK_STORAGE, storage.toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        framework = ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow()
                .newFramework(configuration);
        framework.start();
    }

    @AfterEach
    void stopFramework() throws Exception {
        framework.stop();
        framework.waitForStop(10_000);
    }

    @Test
    void germanNumbersAreParsedValidatedAndFormattedInsideTheFramework() throws Exception {
        BundleContext context = framework.getBundleContext();
        Path libphonenumberJar = pathFromProperty("meridian.libphonenumber.bundle");
        Bundle libphonenumber = context.installBundle(libphonenumberJar.toUri().toString());
        Bundle probe = context.installBundle(ProbeBundle.SYMBOLIC_NAME,
                ProbeBundle.build(pathFromProperty("meridian.probe.classes"), libphonenumberJar));
        libphonenumber.start();
        probe.start();

        assertEquals(Set.of(LIBPHONENUMBER_SYMBOLIC_NAME), phoneNumberProviders(probe),
                "bundles the probe imports com.google.i18n.phonenumbers packages from");

        Map<?, ?> findings = runProbe(context);
        assertAll(
                () -> assertEquals(LIBPHONENUMBER_SYMBOLIC_NAME, findings.get("libphonenumberBundle"),
                        "bundle of PhoneNumberUtil"),
                () -> assertEquals(BERLIN_NUMBER, findings.get("+49 30 901820"), "international form"),
                () -> assertEquals(BERLIN_NUMBER, findings.get("030 901820"), "national form, region DE"),
                () -> assertEquals(List.of("Europe/Berlin"), findings.get("timeZones"), "time zones of the Berlin number, from the geocoder's map"),
                // German metadata allows three digits as a subscriber number dialled without the
                // area code, so the stub is possible locally yet no valid number of its own.
                () -> assertEquals(Map.of(
                                "valid", false,
                                "possibility", "IS_POSSIBLE_LOCAL_ONLY",
                                "type", "UNKNOWN",
                                "e164", "+49123"),
                        findings.get("+49 123"), "country code and three digits"));
    }

    private static Set<String> phoneNumberProviders(Bundle probe) {
        List<BundleWire> wires = probe.adapt(BundleWiring.class).getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE);
        return wires.stream()
                .filter(wire -> String.valueOf(wire.getCapability().getAttributes()
                        .get(PackageNamespace.PACKAGE_NAMESPACE)).startsWith("com.google.i18n.phonenumbers"))
                .map(wire -> wire.getProvider().getSymbolicName())
                .collect(Collectors.toSet());
    }

    private static Map<?, ?> runProbe(BundleContext context) throws Exception {
        String filter = "(" + ProbeActivator.PROBE_PROPERTY + "=" + ProbeActivator.PROBE_NAME + ")";
        ServiceReference<?>[] references = context.getServiceReferences(Callable.class.getName(), filter);
        assertNotNull(references, "the probe registered no service matching " + filter);
        Callable<?> probe = (Callable<?>) context.getService(references[0]);
        try {
            return (Map<?, ?>) probe.call();
        } finally {
            context.ungetService(references[0]);
        }
    }

    /** Failsafe passes the paths of the build; run elsewhere, the test says what it misses. */
    private static Path pathFromProperty(String name) {
        String value = System.getProperty(name);
        assertNotNull(value, "system property " + name + " is not set; run the test with Maven failsafe");
        Path path = Path.of(value);
        assertTrue(Files.exists(path), path + " does not exist");
        return path;
    }
}
