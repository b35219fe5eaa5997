package org.backspasm.handbook.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.backspasm.handbook.problem.ProblemList;
import org.backspasm.handbook.content.Links;
import org.backspasm.handbook.model.Handbook;
import org.backspasm.handbook.model.Link;
import org.backspasm.handbook.model.Page;

/** Renders the web pages and the stylesheet, and gathers the local files the pages refer to. */
public final class SiteWriter {

    /** The breathing rhythm in words, in the edition's language, for paper (where nothing moves). */
    static String breathingText(Handbook handbook, Templates templates) {
        return templates.message("breathe_text")
                .replace("{in}", Integer.toString(handbook.settings().breathing().inSeconds()))
                .replace("{out}", Integer.toString(handbook.settings().breathing().outSeconds()));
    }

    /** The page a host shows for an address it does not have. */
    public static final String NOT_FOUND = "404.html";

    private SiteWriter() {
    }

    /** Every file of the site except the PDFs, by file name, in memory: nothing is written here. */
    public static Map<String, byte[]> render(Handbook handbook, Templates templates, Path contentDir,
                                             ProblemList problems) {
        Map<String, byte[]> files = new TreeMap<>();
        Map<String, Object> common = model(handbook);
        common.put("breathingText", breathingText(handbook, templates));
        templates.render("style.css.ftl", common, problems)
                .ifPresent(css -> files.put(Handbook.STYLESHEET, utf8(css)));
        String breathingGuide = templates.render("breathing.ftlh", common, problems).orElse("");
        if (handbook.clinic().isEmpty()) {
            templates.render(Handbook.FAVICON + ".ftl", common, problems)
                    .ifPresent(svg -> files.put(Handbook.FAVICON, utf8(svg)));
        }

        List<Page> pages = handbook.pages();
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            Map<String, Object> model = new HashMap<>(common);
            model.put("page", page);
            model.put("body", page.html().replace(Handbook.BREATHING_GUIDE_SLOT, breathingGuide)
                    .replace(Handbook.STEP_LABEL_SLOT, templates.message("step")));
            if (i > 0) {
                model.put("previous", pages.get(i - 1));
            }
            if (i + 1 < pages.size()) {
                model.put("next", pages.get(i + 1));
            }
            String template = page.slug().equals(Handbook.HOME) ? "index.ftlh" : "page.ftlh";
            Optional<String> html = templates.render(template, model, problems);
            if (html.isEmpty()) {
                break;
            }
            files.put(page.fileName(), utf8(html.get()));
        }
        Map<String, Object> print = new HashMap<>(common);
        print.put("sections", PrintPage.sections(handbook, templates.message("step"), breathingText(handbook, templates)));
        templates.render("print.ftlh", print, problems).ifPresent(html -> files.put(Handbook.PRINT_FILE, utf8(html)));
        if (editionUrl(handbook).isPresent()) {
            // A host serves one page for every address it does not have (in each language's folder, for hosts
            // that look there first); opened from disk there is none.
            templates.render("404.ftlh", common, problems).ifPresent(html -> files.put(NOT_FOUND, utf8(html)));
        }
        copyLocalFiles(handbook, contentDir, files);
        handbook.clinic().ifPresent(clinic -> files.put(clinic.logoFile(), read(clinic.logoSource())));
        return files;
    }

    /** What every template gets: the handbook and, in a clinic's edition, the clinic. */
    static Map<String, Object> model(Handbook handbook) {
        Map<String, Object> model = new HashMap<>();
        model.put("handbook", handbook);
        model.put("alternates", handbook.edition().alternates());
        handbook.clinic().ifPresent(clinic -> model.put("clinic", clinic));
        editionUrl(handbook).ifPresent(url -> {
            model.put("editionUrl", url);
            model.put("hostedAlternates", handbook.edition().alternates().stream()
                    .map(other -> new HostedAlternate(other.language(), URI.create(url).resolve(other.prefix()).toString()))
                    .toList());
            model.put("shareImage", handbook.clinic().map(c -> c.logoFile()).orElse(Handbook.FAVICON));
        });
        return model;
    }

    /** The same page in another language, where the hosted copy has it. */
    public record HostedAlternate(String language, String url) {
    }

    /** Where this edition's pages are on the web, ending in a slash, when the publication is hosted. */
    static Optional<String> editionUrl(Handbook handbook) {
        return handbook.settings().baseUrl().map(base -> URI.create(base).resolve(handbook.edition().folder()).toString());
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Images and other local files the pages link to, copied as they are. */
    private static void copyLocalFiles(Handbook handbook, Path contentDir, Map<String, byte[]> files) {
        for (Page page : handbook.pages()) {
            for (Link link : page.links()) {
                String path = Links.path(link.target());
                if (Links.hasScheme(link.target()) || path.isEmpty() || path.endsWith(".md")
                        || files.containsKey(path)) {
                    continue;
                }
                Path file = contentDir.resolve(path);
                if (Files.isRegularFile(file)) {
                    files.put(path, read(file));
                }
            }
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
