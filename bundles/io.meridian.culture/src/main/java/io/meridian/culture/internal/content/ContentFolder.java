package io.meridian.culture.internal.content;

import io.meridian.api.culture.Article;
import io.meridian.api.culture.ContentProblem;
import io.meridian.api.culture.CountryProfile;
import io.meridian.support.content.ContentText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The content folder of one bundle: {@code profiles/<ISO>.json} and {@code articles/<id>.md}
 * under the folder its {@code Meridian-Content} header names ({@code calendar/} beside them is
 * the calendar bundle's). Every file is read; a file with
 * problems is left out and its problems are kept, the rest loads.
 */
public final class ContentFolder {

    /** What a bundle's folder holds. */
    public record Content(List<CountryProfile> profiles, List<Article> articles, List<ContentProblem> problems) {

        public Content {
            profiles = List.copyOf(profiles);
            articles = List.copyOf(articles);
            problems = List.copyOf(problems);
        }
    }

    private ContentFolder() {
    }

    /**
     * Reads the files of {@code bundle} under {@code folder}.
     *
     * @param files every file under the folder by its path in the bundle ({@code content/profiles/JP.json}), in path order
     */
    public static Content read(String bundle, String folder, SortedMap<String, byte[]> files) {
        String root = folder.endsWith("/") ? folder : folder + "/";
        List<CountryProfile> profiles = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        List<ContentProblem> problems = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            String path = e.getKey();
            String relative = path.startsWith(root) ? path.substring(root.length()) : path;
            boolean profile = relative.startsWith("profiles/") && relative.endsWith(".json") && relative.indexOf('/', 9) < 0;
            boolean article = relative.startsWith("articles/") && relative.endsWith(".md") && relative.indexOf('/', 9) < 0;
            if (relative.startsWith("calendar/")) continue; // holidays and work weeks: the calendar bundle reads them
            if (!profile && !article) {
                String base = relative.substring(relative.lastIndexOf('/') + 1).toUpperCase(java.util.Locale.ROOT);
                if (!base.startsWith("README") && !base.startsWith("LICENSE") && !base.startsWith("NOTICE")) {
                    problems.add(new ContentProblem(bundle, path, 0, "", "not content: country profiles go in " + root
                            + "profiles/<ISO code>.json, articles in " + root + "articles/<id>.md, holidays and work weeks in "
                            + root + "calendar/<ISO code>.json"));
                }
                continue;
            }
            String text = ContentText.decode(bundle, path, e.getValue(), problems);
            if (text == null) continue;
            if (profile) {
                ProfileReader.Result r = ProfileReader.read(bundle, path, text);
                r.profile().ifPresent(profiles::add);
                problems.addAll(r.problems());
            } else {
                ArticleReader.Result r = ArticleReader.read(bundle, path, text);
                r.article().ifPresent(articles::add);
                problems.addAll(r.problems());
            }
        }
        return new Content(profiles, articles, problems);
    }
}
