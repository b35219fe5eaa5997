package org.backspasm.handbook.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        TemplateModel.Frame frame = TemplateModel.Frame.of(handbook);
        TemplateModel.View frameOnly = new TemplateModel.FrameOnly();
        templates.render("style.css.ftl", frame, frameOnly, problems)
                .ifPresent(css -> files.put(Handbook.STYLESHEET, utf8(css)));
        String breathingGuide = templates.render("breathing.ftlh", frame,
                new TemplateModel.Breathing(breathingText(handbook, templates)), problems).orElse("");
        if (handbook.clinic().isEmpty()) {
            templates.render(Handbook.FAVICON + ".ftl", frame, frameOnly, problems)
                    .ifPresent(svg -> files.put(Handbook.FAVICON, utf8(svg)));
        }

        List<Page> pages = handbook.pages();
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            TemplateModel.SitePage view = new TemplateModel.SitePage(page, page.html()
                    .replace(Handbook.BREATHING_GUIDE_SLOT, breathingGuide)
                    .replace(Handbook.STEP_LABEL_SLOT, templates.message("step")),
                    i > 0 ? Optional.of(pages.get(i - 1)) : Optional.empty(),
                    i + 1 < pages.size() ? Optional.of(pages.get(i + 1)) : Optional.empty());
            String template = page.slug().equals(Handbook.HOME) ? "index.ftlh" : "page.ftlh";
            Optional<String> html = templates.render(template, frame, view, problems);
            if (html.isEmpty()) {
                break;
            }
            files.put(page.fileName(), utf8(html.get()));
        }
        templates.render("print.ftlh", frame, new TemplateModel.PrintPage(PrintPage.sections(handbook,
                templates.message("step"), breathingText(handbook, templates))), problems)
                .ifPresent(html -> files.put(Handbook.PRINT_FILE, utf8(html)));
        if (frame.editionUrl().isPresent()) {
            // A host serves one page for every address it does not have (in each language's folder, for hosts
            // that look there first); opened from disk there is none.
            templates.render("404.ftlh", frame, frameOnly, problems).ifPresent(html -> files.put(NOT_FOUND, utf8(html)));
        }
        copyLocalFiles(handbook, contentDir, files);
        handbook.clinic().ifPresent(clinic -> files.put(clinic.logoFile(), read(clinic.logoSource())));
        return files;
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
