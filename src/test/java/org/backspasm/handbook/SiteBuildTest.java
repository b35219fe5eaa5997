package org.backspasm.handbook;

import java.util.Optional;
import org.backspasm.handbook.render.Renderer;
import org.backspasm.handbook.build.Build;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.backspasm.handbook.model.Handbook;
import org.backspasm.handbook.model.Step;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the real content/ with the real templates and checks the site and PDFs a reader gets. */
class SiteBuildTest {

    /** One renderer for the whole test class, as one command has. */
    private static final Renderer RENDERER = TestProject.renderer();

    @TempDir
    static Path temp;
    static Path site;
    static Handbook handbook;
    static Map<String, Document> pages;

    @BeforeAll
    static void build() {
        site = temp.resolve("site");
        TestProject.Run run = TestProject.Run.of("build", "--project", TestProject.REPO.toString(),
                "--output", site.toString());
        assertEquals(0, run.exitCode(), run.err());
        handbook = Build.check(Build.Options.forProject(TestProject.REPO), List.of(Optional.empty()), RENDERER).get(0).handbook().orElseThrow();
        pages = SiteChecks.pages(site);
    }

    @Test
    void writesTheStartPageAtLeastTwelvePagesAndBothPdfs() {
        assertTrue(pages.containsKey("index.html"));
        assertTrue(pages.size() >= 13, "12 pages and print.html: " + pages.keySet());
        assertTrue(Files.isRegularFile(SiteChecks.card(site)));
        assertTrue(Files.isRegularFile(SiteChecks.plan(site)));
    }

    @Test
    void everyHrefAndSrcResolvesToAFileAndEveryFragmentToAnId() {
        assertEquals(List.of(), SiteChecks.brokenLinks(site, pages));
    }

    @Test
    void noLinkPointsToAFolderIsRootAbsoluteOrStillPointsToMarkdown() {
        assertEquals(List.of(), SiteChecks.badLinkForms(pages));
    }

    @Test
    void nothingIsLoadedFromTheNetwork() {
        assertEquals(List.of(), SiteChecks.networkLoads(site, pages));
    }

    @Test
    void everyPageIsReachableFromTheStartPage() {
        assertEquals(Set.of(), SiteChecks.unreachable(pages));
    }

    @Test
    void noScriptAnywhereAndEveryPageForbidsScripts() {
        assertEquals(List.of(), SiteChecks.scripts(site, pages));
    }

    @Test
    void printPageHoldsEveryPageInReadingOrderAndLinksInsideItself() {
        Document print = pages.get(Handbook.PRINT_FILE);
        List<String> sections = print.select("section.print-section").eachAttr("aria-labelledby");
        assertEquals(handbook.pages().stream().map(p -> p.slug()).toList(), sections);
        for (Element a : print.select("main a[href]")) {
            String href = a.attr("href");
            assertTrue(href.startsWith("#") || href.matches("^(https?|tel|mailto):.*") || href.endsWith(".pdf")
                    || href.endsWith(".zip") || href.equals(Handbook.PRINT_FILE), "leaves the page: " + href);
        }
        assertEquals(print.select("[id]").size(), new HashSet<>(print.select("[id]").eachAttr("id")).size(),
                "ids are unique");
    }

    @Test
    void startPageShowsTheEmergencyNumberAndDangerSignsBeforeTheStepsAsBigNumberedLinks() {
        Document index = pages.get("index.html");
        String number = handbook.settings().region().emergencyNumber();
        Element emergency = index.selectFirst(".emergency");
        Element steps = index.selectFirst("ol.step-links");
        assertNotNull(emergency);
        assertNotNull(steps);
        assertTrue(emergency.text().contains(number));
        assertEquals("tel:" + number, emergency.selectFirst("a.call").attr("href"));
        assertEquals(handbook.dangerSigns().callNow().signs().size(), emergency.select("li").size());
        assertTrue(index.html().indexOf("class=\"emergency\"") < index.html().indexOf("class=\"step-links\""),
                "danger signs come before the steps");
        List<String> expected = handbook.steps().stream().map(s -> "first-hour.html#" + s.section()).toList();
        assertEquals(expected, steps.select("li > a").eachAttr("href"));
    }

    @Test
    void stepsHavePreviousAndNextLinksInReadingOrder() {
        List<String> order = handbook.pages().stream().map(p -> p.fileName()).toList();
        for (int i = 1; i < order.size() - 1; i++) {
            Document doc = pages.get(order.get(i));
            assertEquals(order.get(i - 1), doc.select("a[rel=prev]").attr("href"), order.get(i));
            assertEquals(order.get(i + 1), doc.select("a[rel=next]").attr("href"), order.get(i));
        }
    }

    @Test
    void breathingAnimationFollowsTheSettings() throws IOException {
        String css = Files.readString(site.resolve("style.css"));
        int cycle = handbook.settings().breathing().cycleSeconds();
        assertEquals(Set.of(cycle + "s"), animationDurations(css), css);
        Document firstHour = pages.get("first-hour.html");
        assertNotNull(firstHour.selectFirst(".breathe > input#breathe-toggle[type=checkbox] + label[for=breathe-toggle]"),
                "a start/stop control");
        assertNotNull(firstHour.selectFirst(".breathe .breathe-body .breathe-circle"));
    }

    /**
     * Every page fetches the stylesheet, so it is written without the template's comments and indentation
     * (bench/RESULTS.md: largest page + CSS), and still holds every rule the template has.
     */
    @Test
    void stylesheetIsWrittenWithoutCommentsOrIndentation() throws IOException {
        String css = Files.readString(site.resolve("style.css"));
        assertFalse(css.contains("/*"), "a comment in the written stylesheet");
        assertEquals(List.of(), css.lines().filter(line -> line.startsWith(" ") || line.isBlank()).limit(3).toList(),
                "indented or blank lines in the written stylesheet");
        String template = Files.readString(TestProject.REPO.resolve("templates/style.css.ftl"));
        long rules = template.lines().filter(line -> line.strip().endsWith("{")).count();
        assertEquals(rules, css.lines().filter(line -> line.endsWith("{")).count(), "rules lost on the way");
        assertTrue(css.length() < template.length() * 0.85, css.length() + " of " + template.length() + " characters");
    }

    /** The durations of every animation on the breathing guide. */
    static Set<String> animationDurations(String css) {
        Set<String> durations = new HashSet<>();
        Matcher m = Pattern.compile("\\.breathe-[a-z]+\\s*\\{[^}]*animation:\\s*breathe-[a-z-]+\\s+([0-9.]+m?s)").matcher(css);
        while (m.find()) {
            durations.add(m.group(1));
        }
        assertEquals(3, countMatches(css, "animation:\\s*breathe-"), "three animated parts");
        return durations;
    }

    private static int countMatches(String text, String regex) {
        return (int) Pattern.compile(regex).matcher(text).results().count();
    }

    @Test
    void cardIsOnePageWithEveryStepAndTheEmergencyNumber() throws IOException {
        try (PDDocument card = Loader.loadPDF(SiteChecks.card(site).toFile())) {
            assertEquals(1, card.getNumberOfPages());
            String text = normalise(new PDFTextStripper().getText(card));
            assertTrue(text.contains(handbook.settings().region().emergencyNumber()));
            for (Step step : handbook.steps()) {
                assertTrue(text.contains(normalise(step.cardLine())), "card lacks: " + step.cardLine());
            }
            for (String sign : handbook.dangerSigns().callNow().signs()) {
                assertTrue(text.contains(normalise(Jsoup.parse(sign).text())), "card lacks: " + sign);
            }
        }
    }

    @Test
    void planHasSeveralPagesAndNumbersThem() throws IOException {
        try (PDDocument plan = Loader.loadPDF(SiteChecks.plan(site).toFile())) {
            int count = plan.getNumberOfPages();
            assertTrue(count > 1, "plan pages: " + count);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(count);
            stripper.setEndPage(count);
            assertTrue(normalise(stripper.getText(plan)).contains("page " + count + " of " + count));
        }
    }

    @Test
    void bothPdfsEmbedTheirFontsAreTaggedAndCarryTitleAndLanguage() throws IOException {
        for (String file : SiteChecks.pdfNames(site)) {
            try (PDDocument pdf = Loader.loadPDF(site.resolve(file).toFile())) {
                assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked(), file + " tagged");
                assertNotNull(pdf.getDocumentCatalog().getStructureTreeRoot(), file + " structure tree");
                assertEquals(handbook.settings().language(), pdf.getDocumentCatalog().getLanguage(), file + " language");
                assertFalse(pdf.getDocumentInformation().getTitle().isBlank(), file + " title");
                for (PDPage page : pdf.getPages()) {
                    for (var name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        assertTrue(font.isEmbedded(), file + ": font " + font.getName() + " not embedded");
                    }
                }
            }
        }
    }

    @Test
    void everyPageLinksToTheDangerSignsAndCarriesItsProvenance() {
        var provenance = handbook.settings().provenance();
        var review = handbook.settings().review();
        pages.forEach((name, doc) -> {
            assertFalse(doc.select("a[href=danger-signs.html]").isEmpty(), name + " links to the danger signs");
            String footer = doc.select("footer").text();
            for (String part : List.of(provenance.writtenBy(), provenance.reviewedBy(), provenance.feedback(),
                    provenance.conflictsOfInterest(), review.lastText(), review.nextText(),
                    "not personal medical advice")) {
                assertTrue(footer.contains(part), name + " footer lacks: " + part);
            }
        });
    }

    @Test
    void pdfsAreLinkedFromTheSite() {
        Set<String> hrefs = new HashSet<>();
        pages.values().forEach(doc -> hrefs.addAll(doc.select("a[href]").eachAttr("href")));
        assertTrue(hrefs.contains(handbook.cardFile()), hrefs.toString());
        assertTrue(hrefs.contains(handbook.planFile()), hrefs.toString());
    }

    @Test
    void typographicCharactersAreWrittenAsCharactersNotEntities() {
        pages.forEach((name, doc) -> {
            // The file as written: jsoup would turn entities back into characters when it serialises.
            String raw;
            try {
                raw = Files.readString(site.resolve(name));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            assertFalse(raw.matches("(?s).*&(ldquo|rdquo|lsquo|rsquo|ndash|mdash|hellip);.*"), name);
        });
    }

    static String normalise(String text) {
        return text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }

    @Test
    void siteOpensFromDiskWithRelativeLinksOnly() {
        URI base = site.toUri();
        pages.forEach((name, doc) -> doc.select("a[href]").eachAttr("href").forEach(href -> {
            if (!href.contains(":")) {
                assertEquals("file", base.resolve(href).getScheme(), name + " -> " + href);
            }
        }));
    }
}
