package org.backspasm.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rendering details checked on the small base fixture, whose settings differ from the real ones. */
class RenderingTest {

    @TempDir
    Path temp;

    @Test
    void breathingRhythmComesFromTheSettings() throws IOException {
        TestProject project = TestProject.base(temp);
        assertEquals(0, project.run("build").exitCode());
        String css = Files.readString(project.path("site/style.css"));
        // The fixture breathes in for 4 s and out for 6 s: a 10 s cycle that turns at 40 %.
        assertEquals(Set.of("10s"), SiteBuildTest.animationDurations(css));
        assertTrue(css.matches("(?s).*@keyframes breathe-circle \\{\\s*0% \\{ transform: scale\\(\\.55\\); }\\s*40% \\{ transform: scale\\(1\\); }.*"), css);
        assertTrue(css.matches("(?s).*@keyframes breathe-in-label \\{\\s*0% \\{ opacity: 1; }\\s*40% \\{ opacity: 0; }.*"));
        String reduced = css.substring(css.indexOf("prefers-reduced-motion: reduce"));
        assertTrue(reduced.matches("(?s)[^{]*\\{[^}]*\\.breathe-circle,[^}]*\\.breathe-in,[^}]*\\.breathe-out \\{ animation: none; }.*"),
                reduced);

        Document page = Jsoup.parse(project.path("site/first-hour.html").toFile(), "UTF-8");
        assertTrue(page.select("div.breathe").first().text().contains("Breathe in for 4 seconds"));
        assertTrue(page.text().contains("Breathe in for 4 seconds."), "placeholder in the Markdown filled in");
    }

    @Test
    void cardUsesThePaperSizeFromTheSettingsAndFillsInPlaceholders() throws IOException {
        TestProject project = TestProject.base(temp);
        assertEquals(0, project.run("build").exitCode());
        try (PDDocument card = Loader.loadPDF(project.path("site/emergency-card-en-gb-eng.pdf").toFile())) {
            PDRectangle size = card.getPage(0).getMediaBox();
            assertEquals(PDRectangle.LETTER.getWidth(), size.getWidth(), 1);
            assertEquals(PDRectangle.LETTER.getHeight(), size.getHeight(), 1);
            String text = new PDFTextStripper().getText(card);
            assertTrue(text.contains("Breathe in for 4, out for 6."), text);
            assertFalse(text.contains("{{"), text);
        }
    }

    @Test
    void quotesAndDashesBecomeTypographicCharacters() throws IOException {
        TestProject project = TestProject.base(temp);
        project.writeStartPage("""
                It's "not" serious -- mostly... Read [the steps](first-hour.md#stay-calm).""");
        assertEquals(0, project.run("build").exitCode());
        String html = Files.readString(project.path("site/index.html"));
        assertTrue(html.contains("It\u2019s \u201Cnot\u201D serious \u2013 mostly\u2026"), html);
        assertTrue(html.contains("href=\"first-hour.html#stay-calm\""), "page link rewritten to .html");
    }
}
