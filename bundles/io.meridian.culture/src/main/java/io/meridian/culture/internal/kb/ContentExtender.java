package io.meridian.culture.internal.kb;

import io.meridian.api.culture.Article;
import io.meridian.api.culture.ContentProblem;
import io.meridian.api.culture.CountryProfile;
import io.meridian.api.culture.CultureContribution;
import io.meridian.culture.internal.content.ContentFolder;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import io.meridian.support.content.ContentBundleTracker;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * The extender for content-only bundles. A started bundle whose manifest has
 * {@code Meridian-Content: content/} has that folder read and validated, in the background so
 * that the workbench's start does not wait for it, and a {@link CultureContribution} registered
 * in its name (through its own bundle context, so the service goes when the bundle stops).
 * Problems are handed to {@code problems}, keyed by the bundle's symbolic name: the valid files
 * load regardless.
 */
public final class ContentExtender extends ContentBundleTracker<List<ServiceRegistration<CultureContribution>>> {

    public static final String HEADER = "Meridian-Content";
    /** Service property: the contribution's key in the index (the bundle's symbolic name for content bundles). */
    public static final String KEY = "meridian.contribution.key";

    private final BiConsumer<String, List<ContentProblem>> problems;

    public ContentExtender(BundleContext context, BiConsumer<String, List<ContentProblem>> problems) {
        super(context, "meridian-culture-content");
        this.problems = problems;
    }

    @Override
    protected boolean hasContent(Bundle bundle) {
        return bundle.getHeaders("").get(HEADER) != null;
    }

    /** The bundle's contribution, registered; none when the bundle stopped while it was read. */
    @Override
    protected List<ServiceRegistration<CultureContribution>> load(Bundle bundle) {
        String folder = bundle.getHeaders("").get(HEADER).strip();
        String name = bundle.getSymbolicName();
        ContentFolder.Content content = read(bundle, folder);
        problems.accept(name, content.problems());
        BundleContext owner = bundle.getBundleContext();
        if (owner == null) return List.of();
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(KEY, name);
        props.put(HEADER, folder);
        List<CountryProfile> profiles = content.profiles();
        List<Article> articles = content.articles();
        try {
            return List.of(owner.registerService(CultureContribution.class, new CultureContribution() {
                @Override
                public List<CountryProfile> profiles() {
                    return profiles;
                }

                @Override
                public List<Article> articles() {
                    return articles;
                }
            }, props));
        } catch (IllegalStateException stopped) {
            return List.of();
        }
    }

    @Override
    protected void unload(Bundle bundle, List<ServiceRegistration<CultureContribution>> registrations) {
        for (ServiceRegistration<CultureContribution> registration : registrations) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the framework unregistered it when the bundle stopped
            }
        }
        problems.accept(bundle.getSymbolicName(), List.of());
    }

    /** Every file under the folder, read into the content model. */
    static ContentFolder.Content read(Bundle bundle, String folder) {
        String root = folder.endsWith("/") ? folder : folder + "/";
        String name = bundle.getSymbolicName();
        SortedMap<String, byte[]> files = new TreeMap<>();
        Enumeration<URL> entries = bundle.findEntries(root, "*", true);
        if (entries == null) {
            return new ContentFolder.Content(List.of(), List.of(), List.of(new ContentProblem(name, "META-INF/MANIFEST.MF", 0, HEADER,
                    "the folder " + root + " is not in the bundle; put the content there or correct the header")));
        }
        List<ContentProblem> unreadable = new ArrayList<>();
        for (URL url : Collections.list(entries)) {
            String path = url.getPath().startsWith("/") ? url.getPath().substring(1) : url.getPath();
            if (path.endsWith("/")) continue;
            try (InputStream in = url.openStream()) {
                files.put(path, in.readNBytes(io.meridian.support.content.ContentText.MAX_FILE_BYTES + 1));
            } catch (IOException e) {
                unreadable.add(new ContentProblem(name, path, 0, "", "cannot be read from the bundle: " + e.getMessage()));
            }
        }
        ContentFolder.Content read = ContentFolder.read(name, root, files);
        if (unreadable.isEmpty()) return read;
        List<ContentProblem> all = new ArrayList<>(unreadable);
        all.addAll(read.problems());
        return new ContentFolder.Content(read.profiles(), read.articles(), all);
    }
}
