package io.meridian.lucene;

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

import io.meridian.lucene.probe.ProbeActivator;
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
 * Proves that Lucene finds its codecs and analysis factories by name inside an OSGi framework
 * when it comes from the bundle this module builds.
 *
 * <p>Lucene looks them up with {@link ServiceLoader} through its own class loader, so in OSGi it
 * sees only the {@code META-INF/services} files of the bundle it lives in. Several of the wrapped
 * jars ship a file of the same name; if the build kept only one of them, names such as
 * {@code porterStem} or the default codec's postings format would be missing at run time. The
 * Lucene jars on the test class path stay out of the framework: Felix delegates only {@code java.*}
 * and the boot-delegated packages to the boot class loader and exports no extra system packages.
 */
final class LuceneServiceLoadingIT {

    private static final String LUCENE_SYMBOLIC_NAME = "org.apache.lucene.meridian";

    private static final String EXPECTED_CODEC = "Lucene912";

    @TempDir
    Path storage;

    private Framework framework;

    @BeforeEach
    void startFramework() throws Exception {
        Map<String, String> configuration = Map.of(
                Constants.FRAMEWORK_STORAGE, storage.toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT,
                // MMapDirectory unmaps index files through sun.misc.Unsafe.
                Constants.FRAMEWORK_BOOTDELEGATION, "sun.misc");
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
    void luceneFindsCodecsAndAnalysisFactoriesByNameInsideTheFramework() throws Exception {
        BundleContext context = framework.getBundleContext();
        Path luceneJar = pathFromProperty("meridian.lucene.bundle");
        Bundle lucene = context.installBundle(luceneJar.toUri().toString());
        Bundle probe = context.installBundle(ProbeBundle.SYMBOLIC_NAME,
                ProbeBundle.build(pathFromProperty("meridian.probe.classes"), luceneJar));
        lucene.start();
        probe.start();

        assertEquals(Set.of(LUCENE_SYMBOLIC_NAME), luceneProviders(probe),
                "bundles the probe imports org.apache.lucene packages from");

        Map<?, ?> findings = runProbe(context);
        assertAll(
                () -> assertEquals(LUCENE_SYMBOLIC_NAME, findings.get("luceneBundle"), "bundle of Codec"),
                () -> assertEquals(EXPECTED_CODEC, findings.get("defaultCodec"), "Codec.getDefault()"),
                () -> assertEquals(EXPECTED_CODEC, findings.get("codecByName"), "Codec.forName(default)"),
                () -> assertEquals(EXPECTED_CODEC, findings.get("writerCodec"), "IndexWriterConfig codec"),
                () -> assertEquals(List.of(EXPECTED_CODEC), findings.get("segmentCodecs"), "codecs read back"),
                () -> assertEquals(List.of("negoti", "with", "the", "lisbon", "distributor"),
                        findings.get("tokens"), "standard + lowercase + porterStem"),
                () -> assertEquals("note:negoti", findings.get("stemmedQuery")),
                () -> assertEquals(List.of(
                                "Contract negotiations with the Lisbon distributor",
                                "Negotiated renewal terms for the Toronto partners"),
                        findings.get("stemmedMatches"), "notes found for 'negotiating'"),
                () -> assertEquals(0, findings.get("literalMatchCount"), "notes holding 'negotiating' verbatim"));
    }

    private static Set<String> luceneProviders(Bundle probe) {
        List<BundleWire> wires = probe.adapt(BundleWiring.class).getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE);
        return wires.stream()
                .filter(wire -> String.valueOf(wire.getCapability().getAttributes()
                        .get(PackageNamespace.PACKAGE_NAMESPACE)).startsWith("org.apache.lucene."))
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
