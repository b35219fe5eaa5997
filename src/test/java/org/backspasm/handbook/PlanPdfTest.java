package org.backspasm.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The prevention plan as paper and as a file (issue 16): no heading left alone at a page's foot, no page that
 * holds only the page number, a bookmark for each section, text that reads without ligature characters, and
 * its title and subject in the edition's language.
 */
class PlanPdfTest {

    @TempDir
    static Path temp;

    static List<Path> editions;

    @BeforeAll
    static void build() {
        Path site = Editions.buildGeneric(temp);
        editions = List.of(site, site.resolve("es"), Editions.realLife(temp));
    }

    private static List<String> pageLines(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    @Test
    void noPageHoldsOnlyThePageNumberAndNoHeadingIsLeftAtAPagesFoot() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path edition : editions) {
            Path plan = SiteChecks.plan(edition);
            List<String> headings = Jsoup.parse(edition.resolve("prevention.html").toFile(), "UTF-8")
                    .select("main h2, main h3").eachText();
            try (PDDocument document = Loader.loadPDF(plan.toFile())) {
                for (int page = 1; page <= document.getNumberOfPages(); page++) {
                    List<String> lines = pageLines(document, page);
                    // The last line is the page number; the one before it is the page's last text.
                    if (lines.size() < 3) {
                        problems.add(plan.getFileName() + " page " + page + " holds only " + lines);
                        continue;
                    }
                    String last = lines.get(lines.size() - 2);
                    if (page < document.getNumberOfPages() && headings.contains(last)) {
                        problems.add(plan.getFileName() + " page " + page + " ends with the heading '" + last + "'");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everySectionHasABookmarkAndTheTextHasNoLigatureCharacters() throws IOException {
        for (Path edition : editions) {
            Path plan = SiteChecks.plan(edition);
            List<String> sections = Jsoup.parse(edition.resolve("prevention.html").toFile(), "UTF-8")
                    .select("main h2[id]").eachText();
            try (PDDocument document = Loader.loadPDF(plan.toFile())) {
                List<String> bookmarks = new ArrayList<>();
                for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                    bookmarks.add(item.getTitle());
                }
                assertEquals(sections, bookmarks.subList(0, sections.size()), plan + ": a bookmark per section");
                String text = new PDFTextStripper().getText(document);
                assertTrue(text.codePoints().noneMatch(c -> c >= 0xFB00 && c <= 0xFB06), plan + " has ligatures");
                assertTrue(text.contains("first") || text.contains("fi"), plan + ": 'fi' reads as two letters");
            }
        }
    }

    /**
     * Every PDF of the generic, Spanish and clinic editions passes {@code qpdf --check} without a warning. Skipped
     * where qpdf is not installed, unless HANDBOOK_REQUIRE_QPDF=true (set by .ci/run, which installs it).
     */
    @Test
    void qpdfChecksEveryPdfWithoutAWarning() throws IOException, InterruptedException {
        boolean installed = Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "qpdf")));
        if (!installed) {
            String message = "qpdf is not installed: the qpdf check is skipped";
            if ("true".equals(System.getenv("HANDBOOK_REQUIRE_QPDF"))) {
                fail(message.replace("skipped", "required by HANDBOOK_REQUIRE_QPDF=true"));
            }
            Assumptions.abort(message);
        }
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Path edition : editions) {
            List<Path> pdfs;
            try (Stream<Path> files = Files.list(edition)) {
                pdfs = files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
            }
            for (Path pdf : pdfs) {
                Process qpdf = new ProcessBuilder("qpdf", "--check", pdf.toString()).redirectErrorStream(true).start();
                String output = new String(qpdf.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                int exit = qpdf.waitFor();
                checked++;
                if (exit != 0 || output.contains("WARNING")) {
                    problems.add(pdf.getFileName() + " (exit " + exit + "): " + output.strip());
                }
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(3 * editions.size(), checked, "the card, the plan and the large print of each edition");
    }

    @Test
    void theSpanishPdfsSayTheirTitleAndSubjectInSpanish() throws IOException {
        Path es = editions.get(1);
        for (Path pdf : List.of(SiteChecks.plan(es), SiteChecks.card(es))) {
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                String title = document.getDocumentInformation().getTitle();
                String subject = document.getDocumentInformation().getSubject();
                assertTrue(title.contains("espalda"), pdf + ": " + title);
                assertTrue(subject.matches(".*\\b(que|qué|de|el|la|al)\\b.*"), pdf + ": " + subject);
                assertTrue(!subject.matches(".*\\b(What|when|your|the)\\b.*"), pdf + ": " + subject);
            }
        }
    }
}
