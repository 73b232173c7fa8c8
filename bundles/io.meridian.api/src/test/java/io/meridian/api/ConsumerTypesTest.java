package io.meridian.api;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The extension points third parties implement (consumer types: every interface not marked
 * {@code @ProviderType}) may gain or lose an abstract method only with a new major version of
 * their package, since every implementation would break.
 *
 * <p>bnd's baseline, which runs at {@code verify}, checks this too, except on an interface that
 * already has a default method: once bnd has read a default method, it takes every method it
 * reads after it as a default, and calls an added abstract method a minor change. This test
 * closes that gap by comparing each consumer interface with the baseline jar itself.
 */
class ConsumerTypesTest {

    private static final Path CLASSES = Path.of("target/classes");
    private static final Pattern EXPORT = Pattern.compile("(io\\.meridian\\.api\\.\\w+);version=\"(\\d+)\\.(\\d+)\\.(\\d+)\"");

    @Test
    void anExtensionPointChangesItsAbstractMethodsOnlyWithANewMajorVersion() throws Exception {
        Path baseline = Path.of(System.getProperty("meridian.api.baseline", ""));
        assertTrue(Files.isRegularFile(baseline), "the baseline jar is not at '" + baseline + "': the POM passes its path as meridian.api.baseline");
        Path manifest = CLASSES.resolve("META-INF/MANIFEST.MF");
        assertTrue(Files.isRegularFile(manifest), "bnd wrote no target/classes/META-INF/MANIFEST.MF: the test runs after bnd-process");
        Map<String, Integer> nowMajor = majors(manifest(manifest));
        Map<String, Integer> thenMajor;
        try (JarFile jar = new JarFile(baseline.toFile())) {
            thenMajor = majors(jar.getManifest());
        }
        assertFalse(nowMajor.isEmpty(), "bnd wrote no Export-Package into target/classes/META-INF/MANIFEST.MF");

        List<String> consumerTypes = consumerTypes();
        assertTrue(consumerTypes.contains("io.meridian.api.calendar.HolidayCalendar"), "found: " + consumerTypes);
        List<String> breaks = new ArrayList<>();
        URL[] urls = {baseline.toUri().toURL(), codeSource(org.osgi.framework.Bundle.class)};
        try (URLClassLoader then = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
            for (String name : consumerTypes) {
                Class<?> old;
                try {
                    old = Class.forName(name, false, then);
                } catch (ClassNotFoundException added) {
                    continue; // a new extension point is a minor change
                }
                Set<String> was = abstractMethods(old);
                Set<String> is = abstractMethods(Class.forName(name, false, getClass().getClassLoader()));
                if (was.equals(is)) continue;
                String pkg = name.substring(0, name.lastIndexOf('.'));
                if (nowMajor.getOrDefault(pkg, 0) > thenMajor.getOrDefault(pkg, 0)) continue;
                Set<String> added = new TreeSet<>(is);
                added.removeAll(was);
                Set<String> removed = new TreeSet<>(was);
                removed.removeAll(is);
                breaks.add(name + (added.isEmpty() ? "" : " gained " + added) + (removed.isEmpty() ? "" : " lost " + removed)
                        + ": implementations in other bundles break, so " + pkg + " needs version " + (thenMajor.get(pkg) + 1)
                        + ".0.0 in its package-info.java, or give an added method a default");
            }
        }
        assertEquals(List.of(), breaks);
    }

    /** Every public interface of the exported packages that is not marked {@code @ProviderType}: third parties implement it. */
    private static List<String> consumerTypes() throws IOException {
        byte[] provider = "Lorg/osgi/annotation/versioning/ProviderType;".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES.resolve("io/meridian/api"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$")).toList()) {
                String name = CLASSES.relativize(file).toString().replace('/', '.').replace(".class", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, ConsumerTypesTest.class.getClassLoader());
                } catch (ClassNotFoundException e) {
                    throw new AssertionError(e);
                }
                if (!type.isInterface() || type.isAnnotation() || !Modifier.isPublic(type.getModifiers()) || type.isSealed()) continue;
                if (indexOf(Files.readAllBytes(file), provider) < 0) out.add(name);
            }
        }
        out.sort(null);
        return out;
    }

    /** Its abstract methods, those of its super-interfaces included: an implementation must have them all. */
    private static Set<String> abstractMethods(Class<?> type) {
        return Arrays.stream(type.getMethods())
                .filter(m -> Modifier.isAbstract(m.getModifiers()) && !m.isSynthetic())
                .map(ConsumerTypesTest::signature)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String signature(Method m) {
        return m.getGenericReturnType().getTypeName() + " " + m.getName()
                + Arrays.stream(m.getGenericParameterTypes()).map(java.lang.reflect.Type::getTypeName).collect(Collectors.joining(", ", "(", ")"));
    }

    private static Map<String, Integer> majors(Manifest manifest) {
        Map<String, Integer> out = new TreeMap<>();
        Matcher m = EXPORT.matcher(manifest.getMainAttributes().getValue("Export-Package"));
        while (m.find()) out.put(m.group(1), Integer.parseInt(m.group(2)));
        return out;
    }

    private static Manifest manifest(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new Manifest(in);
        }
    }

    private static URL codeSource(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) if (haystack[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }
}
