package org.backspasm.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.backspasm.handbook.model.Handbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Two clinic editions built in one run from the example profiles: GB on A4 and US on Letter. */
class ClinicEditionTest {

    @TempDir
    static Path temp;
    static Path site;
    static TestProject.Run run;

    @BeforeAll
    static void build() throws IOException {
        Path clinics = temp.resolve("clinics");
        TestProject.copyTree(TestProject.FIXTURES.resolve("clinics"), clinics);
        writePngLogo(clinics.resolve("lakeside-logo.png"));
        site = temp.resolve("site");
        run = TestProject.Run.of("build", "--project", TestProject.REPO.toString(), "--output", site.toString(),
                "--clinic", clinics.toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    /** A small PNG made here, so the repository keeps no binary test file. */
    static void writePngLogo(Path file) throws IOException {
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x7a1f5c));
        g.fillRect(0, 0, 64, 64);
        g.setColor(Color.WHITE);
        g.fillOval(16, 16, 32, 32);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    @Test
    void eachProfileGetsItsOwnFolderNamedAfterTheFile() {
        assertTrue(run.out().contains("(gb-physio)") && run.out().contains("(us-physio)"), run.out());
        assertTrue(Files.isRegularFile(site.resolve("gb-physio/index.html")));
        assertTrue(Files.isRegularFile(site.resolve("us-physio/index.html")));
    }

    @ParameterizedTest
    @CsvSource({"gb-physio, 999, 911", "us-physio, 911, 999"})
    void dangerSignsUseTheRegionsNumberInTextAndTelLinks(String edition, String number, String otherNumber)
            throws IOException {
        Map<String, Document> pages = SiteChecks.pages(site.resolve(edition));
        Document danger = pages.get("danger-signs.html");
        assertTrue(danger.select("#call-now").text().contains(number));
        assertFalse(danger.select("main a[href=tel:" + number + "]").isEmpty(),
                "tel link in the danger-signs text itself, not only in the page's frame");
        pages.forEach((name, doc) -> {
            assertFalse(doc.select("a[href=tel:" + number + "]").isEmpty(), name + " has a tel: link to " + number);
            assertTrue(doc.select("a[href=tel:" + otherNumber + "]").isEmpty(), name + " links to " + otherNumber);
            assertFalse(doc.text().contains("Call " + otherNumber), name + " mentions " + otherNumber);
        });
        String card = pdfText(SiteChecks.card(site.resolve(edition)));
        assertTrue(card.contains("Call " + number + " now"), card);
        assertFalse(card.contains(otherNumber), card);
    }

    @ParameterizedTest
    @CsvSource({"gb-physio, Riverside Physio, clinic-logo.svg, tel:+442079460123",
                "us-physio, Lakeside Physical Therapy, clinic-logo.png, tel:+13125550142"})
    void clinicNameLogoAndContactsOnEveryPageAndBothPdfs(String edition, String name, String logo, String tel)
            throws IOException {
        Path dir = site.resolve(edition);
        assertTrue(Files.size(dir.resolve(logo)) > 0, "logo copied into the edition");
        SiteChecks.pages(dir).forEach((file, doc) -> {
            assertTrue(doc.select("header").text().contains(name), file + " header");
            assertNotNull(doc.selectFirst("header img[src=" + logo + "]"), file + " logo");
            Element contact = doc.selectFirst("footer .contact");
            assertNotNull(contact, file + " contact block");
            assertNotNull(contact.selectFirst("a[href=" + tel + "]"), file + " tel link");
            assertNotNull(contact.selectFirst("a[href^=mailto:]"), file + " mailto link");
            assertNotNull(contact.selectFirst("a.booking[href^=https://]"), file + " booking link");
        });
        for (String pdf : SiteChecks.pdfNames(dir)) {
            assertTrue(pdfText(dir.resolve(pdf)).contains(name), pdf + " names the clinic");
            assertTrue(linkTargets(dir.resolve(pdf)).contains(tel), pdf + " links the clinic's phone");
        }
        assertTrue(linkTargets(SiteChecks.plan(dir)).stream().anyMatch(u -> u.startsWith("mailto:")));
    }

    static List<String> linkTargets(Path pdf) throws IOException {
        List<String> targets = new java.util.ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (var page : document.getPages()) {
                for (var annotation : page.getAnnotations()) {
                    if (annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link
                            && link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI uri) {
                        targets.add(uri.getURI());
                    }
                }
            }
        }
        return targets;
    }

    @Test
    void pngLogoIsEmbeddedInThePdfs() throws IOException {
        try (PDDocument card = Loader.loadPDF(SiteChecks.card(site.resolve("us-physio")).toFile())) {
            var resources = card.getPage(0).getResources();
            boolean image = false;
            for (var name : resources.getXObjectNames()) {
                image |= resources.isImageXObject(name);
            }
            assertTrue(image, "the PNG logo is an image in the card");
        }
    }

    @ParameterizedTest
    @CsvSource({"gb-physio, A4", "us-physio, LETTER"})
    void paperSizeFollowsTheRegion(String edition, String paper) throws IOException {
        PDRectangle expected = paper.equals("A4") ? PDRectangle.A4 : PDRectangle.LETTER;
        for (String pdf : SiteChecks.pdfNames(site.resolve(edition))) {
            try (PDDocument document = Loader.loadPDF(site.resolve(edition).resolve(pdf).toFile())) {
                assertEquals(expected.getHeight(), document.getPage(0).getMediaBox().getHeight(), 1, pdf);
                assertEquals(expected.getWidth(), document.getPage(0).getMediaBox().getWidth(), 1, pdf);
                if (pdf.contains("emergency-card")) {
                    assertEquals(1, document.getNumberOfPages(), "card fits one page");
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"gb-physio, https://riverside-physio.example/back-spasm/, riverside-physio.example/back-spasm",
                "us-physio, https://lakeside-pt.example/handbook, lakeside-pt.example/handbook"})
    void qrCodeOnCardAndPlanDecodesToThePublicUrlPrintedBesideIt(String edition, String url, String shortUrl)
            throws IOException, Exception {
        for (String pdf : SiteChecks.pdfNames(site.resolve(edition))) {
            Path file = site.resolve(edition).resolve(pdf);
            assertEquals(url, decodeQr(file), pdf);
            assertTrue(pdfText(file).replaceAll("\\s+", "").contains(shortUrl), pdf + " prints the short URL");
        }
    }

    /** Renders each page and reads the first QR code found. */
    static String decodeQr(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 300);
                try {
                    var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
                    return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
                } catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
                    // not on this page
                }
            }
        }
        return "no QR code found in " + pdf.getFileName();
    }

    @ParameterizedTest
    @CsvSource({"gb-physio, gb-physio-back-spasm-handbook-en-gb-eng", "us-physio, us-physio-back-spasm-handbook-en-us"})
    void zipHoldsEveryFileOfTheEdition(String edition, String zipName) throws IOException {
        Path dir = site.resolve(edition);
        Set<String> files = new HashSet<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString())
                    .filter(f -> !f.equals(zipName + ".zip") && !f.startsWith(".")).forEach(files::add);
        }
        Set<String> zipped = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(dir.resolve(zipName + ".zip")))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                assertTrue(entry.getName().startsWith(zipName + "/"), entry.getName());
                String name = entry.getName().substring(zipName.length() + 1);
                zipped.add(name);
                byte[] bytes = zip.readAllBytes();
                if (name.endsWith(".html")) {
                    // Inside the zip the link to the zip itself is plain words; everything else is the same.
                    String inZip = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                    assertFalse(inZip.contains("href=\"" + zipName + ".zip\""), name + " links to the zip it is in");
                    assertEquals(Jsoup.parse(dir.resolve(name).toFile(), "UTF-8").text(), Jsoup.parse(inZip).text(), name);
                } else {
                    assertEquals(Files.size(dir.resolve(name)), bytes.length, name);
                }
            }
        }
        assertEquals(files, zipped);
        Document printables = SiteChecks.pages(dir).get("printables.html");
        assertNotNull(printables.selectFirst("a[href=" + zipName + ".zip]"), "zip linked from the printables page");
    }

    @ParameterizedTest
    @CsvSource({"gb-physio", "us-physio"})
    void linkAndOfflineChecksPassOnEachEdition(String edition) {
        assertEquals(List.of(), SiteChecks.all(site.resolve(edition)));
    }

    @Test
    void brandColourReachesTheStylesheet() throws IOException {
        assertTrue(Files.readString(site.resolve("gb-physio/style.css")).contains("--brand: #00573f;"));
        assertTrue(Files.readString(site.resolve("us-physio/style.css")).contains("--brand: #7a1f5c;"));
    }

    static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
