package org.backspasm.handbook.check;

import org.backspasm.handbook.content.Links;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.backspasm.handbook.problem.ProblemList;
import org.backspasm.handbook.content.ImageFiles;
import org.backspasm.handbook.model.Handbook;
import org.backspasm.handbook.model.Link;
import org.backspasm.handbook.model.Page;

/** Resolves every link and image written in the content against the pages, their ids and the files. */
public final class LinkChecker {

    private static final Set<String> LINK_SCHEMES = Set.of("https", "http", "tel", "mailto");

    private LinkChecker() {
    }

    /**
     * @param generatedFiles files the build writes besides the pages, such as the PDFs
     * @param contentDir where local files such as images are looked up
     */
    public static void check(Handbook handbook, Set<String> generatedFiles, Path contentDir, ProblemList problems) {
        Map<String, Page> pages = handbook.pages().stream().collect(Collectors.toMap(Page::slug, Function.identity()));
        for (Page page : handbook.pages()) {
            for (Link link : page.links()) {
                problem(link, page, pages, generatedFiles, contentDir)
                        .ifPresent(message -> problems.add(page.source(), link.line(), message));
            }
        }
    }

    static Optional<String> problem(Link link, Page page, Map<String, Page> pages,
                                            Set<String> generatedFiles, Path contentDir) {
        String target = link.target().strip();
        String what = link.image() ? "image" : "link to";
        if (target.isEmpty()) {
            return Optional.of((link.image() ? "image" : "link") + " has no target");
        }
        if (Links.hasScheme(target)) {
            String scheme = target.substring(0, target.indexOf(':')).toLowerCase(java.util.Locale.ROOT);
            if (link.image()) {
                return Optional.of(scheme.equals("data")
                        ? "inline data: images are not allowed; save the picture as a file in the content folder"
                        : "image '" + shorten(target) + "' must be a file in the content folder; "
                                + "the handbook loads nothing from " + (scheme.startsWith("http") ? "the network" : "outside it"));
            }
            return LINK_SCHEMES.contains(scheme) ? Optional.empty()
                    : Optional.of("link to '" + target + "' uses '" + scheme + ":'; allowed are "
                            + "https:, http:, tel: and mailto:");
        }
        String path = Links.path(target);
        Optional<String> fragment = Links.fragment(target);
        if (path.startsWith("/") || path.startsWith("\\")) {
            return Optional.of(what + " '" + target + "' starts with '/'; write it relative, e.g. 'heat-or-cold.md'");
        }
        if (generatedFiles.contains(path) && !link.image()) {
            return Optional.empty();
        }
        if (path.contains("..") || path.endsWith("/")) {
            return Optional.of(what + " '" + target + "' must name a file in the content folder");
        }
        if (path.isEmpty()) {
            return fragment.flatMap(id -> missingAnchor(id, page, target));
        }
        if (path.endsWith(".md")) {
            String slug = path.substring(0, path.length() - 3);
            Page other = pages.get(slug);
            if (other == null) {
                return Optional.of("link to '" + path + "' not found" + didYouMean(slug + ".md",
                        pages.keySet().stream().map(s -> s + ".md").toList()));
            }
            return fragment.flatMap(id -> missingAnchor(id, other, target));
        }
        if (path.endsWith(".html") && pages.containsKey(path.substring(0, path.length() - 5))) {
            return Optional.of("link to '" + target + "': link to the Markdown file, '"
                    + path.substring(0, path.length() - 5) + ".md'");
        }
        Path file = contentDir.resolve(path);
        if (Files.exists(file) && !ImageFiles.isInside(file, contentDir)) {
            return Optional.of(what + " '" + path + "' leads out of the content folder (a symbolic link); "
                    + "copy the file into the content folder instead");
        }
        if (link.image() && (Files.isRegularFile(file) || generatedFiles.contains(path))) {
            // A file the build writes, such as the card's PDF, is never a picture.
            if (!ImageFiles.hasImageExtension(path) || generatedFiles.contains(path)) {
                return Optional.of("image '" + path + "' must be a PNG, JPEG, GIF or SVG file");
            }
            boolean readable = ImageFiles.isImage(file);
            if (ImageFiles.extension(path).equals("svg") && readable) {
                Optional<String> active = ImageFiles.activeSvgContent(file);
                if (active.isPresent()) {
                    return Optional.of("image '" + path + "' " + active.get() + "; the handbook publishes only "
                            + "SVGs that just draw");
                }
            }
            return readable ? Optional.empty()
                    : Optional.of("image '" + path + "' is not a readable " + ImageFiles.extension(path).toUpperCase(java.util.Locale.ROOT) + " image");
        }
        if (generatedFiles.contains(path) || Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(what + " '" + path + "' not found" + didYouMean(path, generatedFiles));
    }

    private static String shorten(String target) {
        return target.length() <= 60 ? target : target.substring(0, 57) + "…";
    }

    private static Optional<String> missingAnchor(String id, Page page, String target) {
        if (page.ids().contains(id)) {
            return Optional.empty();
        }
        return Optional.of("link to '" + target + "': no heading with id '" + id + "' in " + page.slug() + ".md"
                + didYouMean(id, page.ids()));
    }

    private static String didYouMean(String wrong, Collection<String> known) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        return known.stream()
                .min(Comparator.comparingInt((String k) -> distance.apply(k, wrong)).thenComparing(k -> k))
                .filter(best -> distance.apply(best, wrong) <= Math.max(3, wrong.length() / 2))
                .map(best -> " (did you mean '" + best + "'?)")
                .orElse("");
    }
}
