package org.backspasm.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole handbook in large print (issue 16): 18 pt body text, the emergency box on page 1, a contents list,
 * a bookmark per page, page numbers, tagged PDF/UA-1, linked from the printables page in both languages.
 */
class LargePrintTest {

    @TempDir
    static Path temp;

    static Path site;

    @BeforeAll
    static void build() {
        site = Editions.buildGeneric(temp);
    }

    @Test
    void bothLanguagesHaveALargePrintHandbookLinkedFromThePrintablesPage() throws IOException {
        for (String[] edition : List.of(new String[] {"", "handbook-large-print-en-gb-eng.pdf"},
                new String[] {"es/", "handbook-large-print-es-es.pdf"})) {
            assertTrue(Files.isRegularFile(site.resolve(edition[0] + edition[1])), edition[1]);
            assertEquals(1, Jsoup.parse(site.resolve(edition[0] + "printables.html").toFile(), "UTF-8")
                    .select("main a[href=" + edition[1] + "]").size(), edition[0] + "printables.html links to it");
        }
    }

    @Test
    void itsBodyTextIs18PtWithTheEmergencyBoxOnPage1ABookmarkPerPageAndPageNumbers() throws IOException {
        Path pdf = site.resolve("handbook-large-print-en-gb-eng.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            Map<Long, Integer> sizes = new HashMap<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition position : positions) {
                        sizes.merge((long) Math.round(position.getFontSizeInPt()), 1, Integer::sum);
                    }
                }
            };
            stripper.getText(document);
            long body = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            assertEquals(18, body, "most of the text is 18 pt: " + sizes);
            long small = sizes.entrySet().stream().filter(e -> e.getKey() < 14).mapToLong(Map.Entry::getValue).sum();
            assertEquals(0, small, "no text under 14 pt: " + sizes);

            PDFTextStripper firstPage = new PDFTextStripper();
            firstPage.setEndPage(1);
            String page1 = firstPage.getText(document);
            assertTrue(page1.contains("Call 999 now") && page1.contains("Contents"), page1);
            assertTrue(page1.contains("page 1 of " + document.getNumberOfPages()), page1);

            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            List<String> titles = new ArrayList<>(List.of("Call 999 now", "Contents"));
            Jsoup.parse(site.resolve("print.html").toFile(), "UTF-8").select("section.print-section > h1")
                    .forEach(h -> titles.add(h.text()));
            assertEquals(titles, bookmarks);
        }
    }

    @Test
    void itIsTaggedPdfUa1() {
        assertEquals(List.of(), Validators.pdfUaFailures(site.resolve("handbook-large-print-en-gb-eng.pdf")));
    }

    /**
     * Clinics of one language and region share one large-print layout in a batch: it shows no clinic, and its
     * author is the content's writers, so the two files are the same bytes.
     */
    @Test
    void clinicsOfOneRegionGetTheSameLargePrintWithTheWritersAsItsAuthor() throws IOException {
        Path clinics = temp.resolve("two-clinics");
        Files.createDirectories(clinics);
        String profile = Files.readString(TestProject.REPO.resolve("content/clinics/example.yml"));
        Files.copy(TestProject.REPO.resolve("content/clinics/example-logo.svg"), clinics.resolve("example-logo.svg"));
        Files.writeString(clinics.resolve("north.yml"), profile.replace("name: Example Physiotherapy",
                "name: North Street Physio"));
        Files.writeString(clinics.resolve("south.yml"), profile.replace("name: Example Physiotherapy",
                "name: South Road Physio"));
        TestProject.Run run = TestProject.Run.of("build", "--project", TestProject.REPO.toString(), "--output",
                temp.resolve("two-clinics-site").toString(), "--clinic", clinics.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<byte[]> pdfs = new ArrayList<>();
        for (String clinic : List.of("north", "south")) {
            Path pdf = temp.resolve("two-clinics-site").resolve(clinic)
                    .resolve(clinic + "-handbook-large-print-en-gb-eng.pdf");
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                assertEquals("The Back Spasm Handbook team, from national guidelines and research reviews",
                        document.getDocumentInformation().getAuthor(), pdf.toString());
            }
            pdfs.add(Files.readAllBytes(pdf));
        }
        assertTrue(java.util.Arrays.equals(pdfs.get(0), pdfs.get(1)), "the same large print");
    }
}
