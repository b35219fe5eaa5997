package org.backspasm.handbook.check;

import org.backspasm.handbook.content.Links;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.backspasm.handbook.problem.ProblemList;
import org.backspasm.handbook.model.Figure;
import org.backspasm.handbook.model.Handbook;
import org.backspasm.handbook.model.Link;
import org.backspasm.handbook.model.Page;
import org.backspasm.handbook.model.Waiver;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The pictures of positions and movements: every one has words for a screen reader and a caption, every
 * position and exercise section shows one (unless the page waives it with a reason), and every drawing in
 * {@code content/figures/} is shown somewhere.
 */
public final class FigureChecker {

    /** The folder of the drawings, inside the content folder. */
    public static final String FOLDER = "figures";
    /** Alt text says what the picture shows in at least this many words. */
    public static final int MIN_ALT_WORDS = 3;

    /** Sections that need no picture on the pages that otherwise need one in every section. */
    private static final Set<String> NO_PICTURE_NEEDED = Set.of("before-you-start", "leg-pain", "skip", "key-points");

    private FigureChecker() {
    }

    /** The figures of one page: words for each, and one in each section that needs a picture. */
    public static void checkPage(Page page, ProblemList problems) {
        checkPage(page, Jsoup.parseBodyFragment(page.html()).body(), problems);
    }

    /** The same, given the page's body parsed already (once for every page rule), which it leaves as it was. */
    static void checkPage(Page page, Element body, ProblemList problems) {
        for (Figure figure : page.figures()) {
            checkWords(page, figure, problems);
        }
        List<Section> needing = needingPictures(page, body);
        for (Waiver waiver : page.waivers()) {
            String id = waiver.rule().startsWith(Waiver.FIGURE_PREFIX) ? waiver.rule().substring(Waiver.FIGURE_PREFIX.length()) : null;
            if (id != null && needing.stream().noneMatch(s -> s.id().equals(id))) {
                problems.add(page.source(), waiver.line(), "exceptions: figures: '" + id + "' is not a section "
                        + "of this page that needs a picture" + (needing.isEmpty() ? "" : " (those are: "
                        + String.join(", ", needing.stream().map(Section::id).toList()) + ")"));
            }
        }
        for (Section section : needing) {
            boolean shown = page.figures().stream().anyMatch(f -> f.section().equals(section.id()));
            if (!shown && !page.waives(Waiver.FIGURE_PREFIX + section.id())) {
                problems.add(page.source(), SourceLines.lineOfId(page, section.id()), "the section '"
                        + section.title() + "' has no picture; add one on a line of its own, e.g. ![What the "
                        + "position is, in words](" + FOLDER + "/…svg \"What to do\"), or excuse it with a reason "
                        + "under exceptions: figures: " + section.id() + ": …");
            }
        }
    }

    private static void checkWords(Page page, Figure figure, ProblemList problems) {
        String name = figure.file().substring(figure.file().lastIndexOf('/') + 1);
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        String alt = figure.alt();
        if (alt.isEmpty()) {
            problems.add(page.source(), figure.line(), "the picture '" + figure.file() + "' has no words for "
                    + "screen readers: between the square brackets, say what it shows, e.g. ![Lying face up, knees "
                    + "bent](" + figure.file() + " \"…\")");
        } else if (alt.toLowerCase(Locale.ROOT).matches(".*\\.(svg|png|jpe?g|gif)") || alt.equalsIgnoreCase(stem)
                || alt.equalsIgnoreCase(stem.replace('-', ' ').replace('_', ' '))) {
            problems.add(page.source(), figure.line(), "the picture '" + figure.file() + "' is described by its file "
                    + "name ('" + alt + "'); between the square brackets, say what it shows in words");
        } else if (Prose.words(alt).size() < MIN_ALT_WORDS) {
            problems.add(page.source(), figure.line(), "the words for the picture '" + figure.file() + "' ('" + alt
                    + "') are too few for someone who cannot see it; say the position in at least " + MIN_ALT_WORDS
                    + " words");
        }
        if (figure.caption().isEmpty()) {
            problems.add(page.source(), figure.line(), "the picture '" + figure.file() + "' has no caption; add it in "
                    + "quotes after the file name: ![" + (alt.isEmpty() ? "…" : alt) + "](" + figure.file()
                    + " \"What to do\")");
        }
    }

    /** A heading's id and its text. */
    record Section(String id, String title) {
    }

    /**
     * The sections that show a position or movement: on the first hour, the positions; on gentle movements,
     * every movement (each {@code ##} but the introduction, what to skip and the key points); on the plan,
     * every exercise under "Your starter exercises".
     */
    static List<Section> needingPictures(Page page) {
        return needingPictures(page, Jsoup.parseBodyFragment(page.html()).body());
    }

    private static List<Section> needingPictures(Page page, Element body) {
        List<Section> sections = new ArrayList<>();
        switch (page.slug()) {
            case Handbook.FIRST_HOUR -> {
                Element positions = body.getElementById("find-a-position");
                if (positions != null) {
                    sections.add(new Section(positions.id(), headingText(positions)));
                }
            }
            case "gentle-movements" -> body.select("h2[id]").stream()
                    .filter(h -> !NO_PICTURE_NEEDED.contains(h.id()))
                    .forEach(h -> sections.add(new Section(h.id(), headingText(h))));
            case Handbook.PREVENTION -> {
                boolean inStarter = false;
                for (Element heading : body.select("h2, h3")) {
                    if (heading.normalName().equals("h2")) {
                        inStarter = heading.id().equals("starter");
                    } else if (inStarter && !heading.id().isEmpty()) {
                        sections.add(new Section(heading.id(), headingText(heading)));
                    }
                }
            }
            default -> {
            }
        }
        return sections;
    }

    private static String headingText(Element heading) {
        Element copy = heading.clone();
        copy.select(".step-number").remove();
        return copy.text();
    }

    /**
     * The drawings in {@code content/figures/} that no page of any of these handbooks shows: a picture left
     * behind, or one whose page links to it by another name.
     */
    public static void checkAllShown(List<Handbook> handbooks, Path contentDir, String shownContentDir,
                                     ProblemList problems) {
        Path folder = contentDir.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return;
        }
        Set<String> shown = new TreeSet<>();
        for (Handbook handbook : handbooks) {
            for (Page page : handbook.pages()) {
                page.links().stream().filter(Link::image).map(l -> Links.path(l.target())).forEach(shown::add);
            }
        }
        List<String> unshown;
        try {
            unshown = unshown(contentDir, shown);
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add(shownContentDir + "/" + FOLDER, 0, "cannot list the pictures folder; let your user read it");
            return;
        }
        for (String file : unshown) {
            problems.add(shownContentDir + "/" + file, 0, "no page shows this picture; put it on the page it "
                    + "belongs to, e.g. ![What it shows](" + file + " \"What to do\"), or delete the file");
        }
    }

    /** The files of {@code content/figures/}, as pages name them, that are not among {@code shown}. */
    static List<String> unshown(Path contentDir, Set<String> shown) throws IOException {
        try (Stream<Path> listing = Files.list(contentDir.resolve(FOLDER))) {
            return listing.filter(Files::isRegularFile).map(p -> FOLDER + "/" + p.getFileName()).sorted()
                    .filter(file -> !shown.contains(file)).toList();
        }
    }
}
