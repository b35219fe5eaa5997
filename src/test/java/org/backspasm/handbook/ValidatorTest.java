package org.backspasm.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.backspasm.handbook.model.Handbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real validators on every page, the stylesheet and both PDFs of the generic edition and a clinic edition. */
class ValidatorTest {

    @TempDir
    static Path temp;
    static List<Path> editions;

    @BeforeAll
    static void build() throws IOException {
        editions = Editions.buildGenericAndClinic(temp);
    }

    @Test
    void everyHtmlPageAndTheStylesheetPassTheNuHtmlChecker() throws IOException {
        List<String> errors = new ArrayList<>();
        for (Path edition : editions) {
            try (Stream<Path> files = Files.list(edition)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".css"))
                        .sorted().toList()) {
                    Validators.nuErrors(file).forEach(e -> errors.add(edition.getFileName() + "/" + e));
                }
            }
        }
        assertEquals(List.of(), errors);
    }

    @Test
    void bothPdfsPassVeraPdfAsPdfUa1() {
        List<String> failures = new ArrayList<>();
        for (Path edition : editions) {
            for (String pdf : SiteChecks.pdfNames(edition)) {
                Validators.pdfUaFailures(edition.resolve(pdf)).forEach(f -> failures.add(edition.getFileName() + "/" + f));
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void theNuCheckerCatchesAnInvalidElement() throws IOException {
        Path page = temp.resolve("invalid.html");
        Files.writeString(page, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>x</title></head>"
                + "<body><p>One <blink>two</blink></p><div><li>stray item</li></div></body></html>");
        assertFalse(Validators.nuErrors(page).isEmpty());
        Path css = temp.resolve("invalid.css");
        Files.writeString(css, "p { colour: red; }\n");
        assertFalse(Validators.nuErrors(css).isEmpty());
    }

    @Test
    void veraPdfCatchesAnUntaggedPdf() throws IOException {
        Path pdf = temp.resolve("untagged.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 720);
                content.showText("Not tagged, font not embedded.");
                content.endText();
            }
            document.save(pdf.toFile());
        }
        assertFalse(Validators.pdfUaFailures(pdf).isEmpty());
    }
}
