package io.meridian.itest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Small bundles written at test time, to drop into plugins/ of a running workbench. */
final class TestBundles {

    private TestBundles() {
    }

    /**
     * Writes a bundle jar atomically (a hot-deploy watcher must never see half a file).
     *
     * @param headers manifest headers besides the manifest and bundle manifest versions
     * @param classes test classes to include, by class
     */
    static Path write(Path target, Map<String, String> headers, Class<?>... classes) throws IOException {
        return write(target, headers, Map.of(), classes);
    }

    /**
     * Writes a bundle jar with extra resources (a component description, say) besides classes.
     *
     * @param resources file contents by path inside the jar
     */
    static Path write(Path target, Map<String, String> headers, Map<String, String> resources, Class<?>... classes)
            throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        headers.forEach(main::putValue);
        Path temp = target.resolveSibling("." + target.getFileName() + ".part");
        try (OutputStream file = Files.newOutputStream(temp); JarOutputStream jar = new JarOutputStream(file, manifest)) {
            for (Class<?> type : classes) {
                String entry = type.getName().replace('.', '/') + ".class";
                jar.putNextEntry(new JarEntry(entry));
                try (InputStream in = type.getClassLoader().getResourceAsStream(entry)) {
                    in.transferTo(jar);
                }
                jar.closeEntry();
            }
            for (Map.Entry<String, String> resource : resources.entrySet()) {
                jar.putNextEntry(new JarEntry(resource.getKey()));
                jar.write(resource.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
        return Files.move(temp, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
