package org.backspasm.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every position and movement has its picture (issue 15): on the pages of both languages, in print.html and
 * beside each exercise in the prevention plan, tagged with its words for screen readers.
 */
class FiguresTest {

    @TempDir
    static Path temp;

    static Path site;

    @BeforeAll
    static void build() {
        site = Editions.buildGeneric(temp);
    }

    /** The movement sections of a built page: each h2 (or h3 in the plan's exercises) that has a figure under it. */
    private static List<Element> figures(Path page) throws IOException {
        return Jsoup.parse(page.toFile(), "UTF-8").select("main figure.figure");
    }

    @Test
    void everyMovementSectionOfBothLanguagesShowsItsPictureWithWordsAndACaption() throws IOException {
        for (String folder : List.of("", "es/")) {
            int total = 0;
            for (String slug : List.of("first-hour", "gentle-movements", "prevention")) {
                Path page = site.resolve(folder + slug + ".html");
                Document html = Jsoup.parse(page.toFile(), "UTF-8");
                List<Element> figures = figures(page);
                total += figures.size();
                for (Element figure : figures) {
                    Element image = figure.selectFirst("img");
                    assertTrue(Files.isRegularFile(page.resolveSibling(image.attr("src"))), page + ": " + image);
                    assertTrue(image.attr("alt").split(" ").length >= 3, page + ": " + image);
                    assertFalse(figure.select("figcaption").text().isBlank(), page + ": " + figure);
                }
                // Each movement heading of gentle-movements has a figure before the next heading.
                if (slug.equals("gentle-movements")) {
                    for (String id : List.of("floor", "log-roll", "knee-rolls", "cat-camel", "pelvic-tilts",
                            "knee-to-chest", "childs-pose", "walking")) {
                        Element next = html.getElementById(id).nextElementSibling();
                        assertTrue(next != null && (next.is("figure") || next.is("div.figures")), page + "#" + id);
                    }
                }
            }
            assertEquals(4 + 13 + 10, total, folder + ": pictures on the three pages");
            String print = Files.readString(site.resolve(folder + "print.html"));
            assertEquals(4 + 13 + 10, Jsoup.parse(print).select("figure.figure").size(), folder + "print.html");
        }
    }

    @Test
    void everyExerciseInThePlanHasItsPictureTaggedWithItsWordsOnTheSamePageAsItsHeading() throws IOException {
        for (String folder : List.of("", "es/")) {
            Path plan = SiteChecks.plan(site.resolve(folder).normalize());
            Document page = Jsoup.parse(site.resolve(folder + "prevention.html").toFile(), "UTF-8");
            List<String> alts = page.select("main figure img").eachAttr("alt");
            List<String> tagged = PdfTagsTest.tags(plan).stream().filter(t -> t.type().equals("Figure"))
                    .map(PdfTagsTest.Tag::alt).toList();
            assertEquals(alts, tagged, plan + ": each picture is a Figure tag with the page's words, in order");
            List<String> pages = pageTexts(plan);
            for (Element heading : page.select("main h3")) {
                if (!heading.id().startsWith("ex-")) {
                    continue;
                }
                Element figure = heading.nextElementSibling();
                String caption = figure.select("figcaption").first().text();
                int headingPage = pageOf(pages, heading.text());
                assertEquals(headingPage, pageOf(pages, caption), plan + ": '" + heading.text()
                        + "' and its picture are on different pages");
            }
        }
    }

    private static List<String> pageTexts(Path pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(document).replaceAll("\\s+", " "));
            }
        }
        return pages;
    }

    /** The first page whose text has {@code text} as a line of its own words. */
    private static int pageOf(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("'" + text + "' is on no page");
    }
}
