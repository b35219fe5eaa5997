package org.backspasm.handbook;

import org.backspasm.handbook.problem.ProblemList;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.backspasm.handbook.content.RegionsLoader;
import org.backspasm.handbook.model.Region;
import org.backspasm.handbook.model.Regions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real content, published by one bilingual clinic in every region of content/regions.yml: every region and
 * language builds, and each edition speaks for its own region only.
 */
class RegionEditionsTest {

    @TempDir
    static Path temp;
    static Path site;
    static Regions regions;

    @BeforeAll
    static void buildEveryRegionInBothLanguages() throws IOException {
        regions = RegionsLoader.load(TestProject.REPO.resolve("content"), "content", new ProblemList());
        Path clinics = temp.resolve("clinics");
        TestProject.copyTree(TestProject.REPO.resolve("content/clinics"), clinics);
        String example = Files.readString(clinics.resolve("example.yml"));
        Files.delete(clinics.resolve("example.yml"));
        for (String code : regions.codes()) {
            Files.writeString(clinics.resolve(id(code) + ".yml"), example.replace("region: GB-ENG", "region: " + code)
                    + "languages: [en, es]\n");
        }
        site = temp.resolve("site");
        TestProject.Run run = TestProject.Run.of("build", "--project", TestProject.REPO.toString(), "--output",
                site.toString(), "--clinic", clinics.toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    static String id(String code) {
        return "clinic-" + code.toLowerCase(Locale.ROOT);
    }

    static Stream<String> codes() {
        return RegionsLoader.load(TestProject.REPO.resolve("content"), "content", new ProblemList()).codes().stream();
    }

    private static Path edition(String code, String language) {
        return language.equals("en") ? site.resolve(id(code)) : site.resolve(id(code)).resolve(language);
    }

    /**
     * The words of every page, the card and the plan of one edition; but the sources page (also printed at the
     * end of print.html), which quotes the published titles of its sources, such as "NHS website: Back pain",
     * and is excused from the region words.
     */
    private static String allText(Path dir) throws IOException {
        StringBuilder text = new StringBuilder();
        SiteChecks.pages(dir).forEach((name, doc) -> text.append(name.equals("sources.html") ? ""
                : name.equals("print.html") ? withoutSources(doc) : doc.body().text())
                .append('\n'));
        text.append(ClinicEditionTest.pdfText(SiteChecks.card(dir))).append('\n');
        text.append(ClinicEditionTest.pdfText(SiteChecks.plan(dir)));
        return text.toString();
    }

    private static String withoutSources(Document print) {
        Document copy = print.clone();
        copy.select("section[aria-labelledby=sources]").remove();
        return copy.body().text();
    }

    @ParameterizedTest
    @MethodSource("codes")
    void eachEditionPrintsItsOwnEmergencyNumberAndNoOtherRegionsNumbers(String code) throws IOException {
        for (String language : List.of("en", "es")) {
            Region own = regions.find(code, language).orElseThrow();
            Path dir = edition(code, language);
            String card = ClinicEditionTest.pdfText(SiteChecks.card(dir)).replaceAll("\\s+", " ");
            assertTrue(card.contains(own.emergency()), code + " " + language + " card: " + card);
            assertTrue(card.contains(own.readers()), code + " " + language + " card says whom it is for");
            Document index = SiteChecks.pages(dir).get("index.html");
            assertEquals(own.readers(), index.select("p.readers").text());
            assertNotNull(index.selectFirst("a.call[href=tel:" + own.emergencyDial() + "]"), code + " call button");
            String text = allText(dir).replace("+44 20 7946 0000", "");
            for (String other : regions.codes()) {
                for (String number : regions.find(other, "en").orElseThrow().emergencyNumbers()) {
                    if (!own.serviceNumbers().contains(number)) {
                        assertFalse(Pattern.compile("(?<![\\d,.])" + number + "(?!\\d)").matcher(text).find(),
                                code + " " + language + " prints " + other + "'s number " + number);
                    }
                }
            }
        }
    }

    @Test
    void theUsEnglishEditionUsesAmericanWords() throws IOException {
        String text = allText(edition("US", "en"));
        for (String british : List.of("GP", "A&E", "NHS")) {
            assertFalse(Pattern.compile("\\b" + Pattern.quote(british) + "\\b").matcher(text).find(), british);
        }
        assertFalse(Pattern.compile("(?i)paracetamol(?! ?\\(acetaminophen)").matcher(text).find(), "bare paracetamol");
        assertTrue(text.contains("acetaminophen"));
        assertTrue(text.contains("100.4°F"), "fever in Fahrenheit");
        assertTrue(ClinicEditionTest.pdfText(SiteChecks.card(edition("US", "en"))).contains("Call 911 now"));
    }

    @Test
    void theUsSpanishEditionSays911AndAcetaminofen() throws IOException {
        String text = allText(edition("US", "es"));
        assertTrue(ClinicEditionTest.pdfText(SiteChecks.card(edition("US", "es"))).contains("Llame al 911 ya"));
        assertTrue(text.contains("acetaminofén"));
        assertTrue(text.contains("terapeuta físico"));
        assertFalse(Pattern.compile("(?i)\\bparacetamol\\b").matcher(text.replace("acetaminofén", "")).find());
    }

    @Test
    void theScottishEditionNamesNhs24AndTheNorthernIrishOneNoNhs111() throws IOException {
        String scotland = ClinicEditionTest.pdfText(SiteChecks.card(edition("GB-SCT", "en")));
        assertTrue(scotland.contains("NHS 24"), scotland);
        assertFalse(allText(edition("GB-SCT", "en")).contains("NHS 111"));
        assertFalse(allText(edition("GB-NIR", "en")).contains("NHS 111"));
        assertTrue(ClinicEditionTest.pdfText(SiteChecks.card(edition("GB-NIR", "en"))).contains("GP Out of Hours"));
    }

    /** The card gives the same-day line's number after its name where the name does not say it, and none where there is none. */
    @Test
    void theCardSaysTheSameDayNumberWhereTheRegionHasOne() throws IOException {
        String zealand = ClinicEditionTest.pdfText(SiteChecks.card(edition("NZ", "en"))).replaceAll("\\s+", " ");
        assertTrue(zealand.contains("Healthline (0800 611 116)"), zealand);
        String england = ClinicEditionTest.pdfText(SiteChecks.card(edition("GB-ENG", "en"))).replaceAll("\\s+", " ");
        assertTrue(england.contains("NHS 111") && !england.contains("(111)"), england);
        String ulster = ClinicEditionTest.pdfText(SiteChecks.card(edition("GB-NIR", "en"))).replaceAll("\\s+", " ");
        assertTrue(ulster.contains("GP Out of Hours") && !ulster.contains("Out of Hours ("), ulster);
    }

    @Test
    void theIrishEditionPrintsBoth112And999() throws IOException {
        String card = ClinicEditionTest.pdfText(SiteChecks.card(edition("IE", "en")));
        assertTrue(card.contains("Call 112 or 999 now"), card);
        Document signs = SiteChecks.pages(edition("IE", "en")).get("danger-signs.html");
        assertNotNull(signs.selectFirst("a[href=tel:112]"));
        assertNotNull(signs.selectFirst("a[href=tel:999]"));
    }

    @Test
    void theUkSelfReferralPassageIsInUkEditionsOnly() throws IOException {
        String uk = SiteChecks.pages(edition("GB-ENG", "en")).get("see-a-physio.html").text();
        String us = SiteChecks.pages(edition("US", "en")).get("see-a-physio.html").text();
        assertTrue(uk.contains("yourself"), uk);
        assertFalse(us.contains("NHS"), us);
        assertFalse(us.contains(":::"), "no block markers are published");
    }

    @Test
    void aBilingualClinicHasBothLanguagesLinkedBothWaysAndBrandedInBoth() {
        Path english = edition("GB-ENG", "en");
        Path spanish = edition("GB-ENG", "es");
        Map<String, Document> en = SiteChecks.pages(english);
        Map<String, Document> es = SiteChecks.pages(spanish);
        assertEquals(en.keySet(), es.keySet());
        en.forEach((name, doc) -> {
            assertNotNull(doc.selectFirst("a[href=es/" + name + "][hreflang=es]"), name + " links to Spanish");
            assertTrue(doc.select("header").text().contains("Example Physiotherapy"), name + " branded");
        });
        es.forEach((name, doc) -> {
            assertEquals("es", doc.select("html").attr("lang"));
            assertNotNull(doc.selectFirst("a[href=../" + name + "][hreflang=en]"), name + " links to English");
            assertTrue(doc.select("header").text().contains("Example Physiotherapy"), name + " branded");
        });
    }

    @Test
    void downloadsCarryTheEditionInTheirNames() {
        Path dir = site.resolve(id("US"));
        assertTrue(Files.isRegularFile(dir.resolve("clinic-us-emergency-card-en-us.pdf")));
        assertTrue(Files.isRegularFile(dir.resolve("es/clinic-us-emergency-card-es-us.pdf")));
        assertTrue(Files.isRegularFile(dir.resolve("clinic-us-prevention-plan-en-us.pdf")));
        assertTrue(Files.isRegularFile(dir.resolve("clinic-us-back-spasm-handbook-en-us-es-us.zip")));
    }

    @Test
    void theZipUnpackedIntoAnEmptyFolderHasNoLinkLeavingIt() throws IOException {
        Path dir = site.resolve(id("ES"));
        String zipName = "clinic-es-back-spasm-handbook-en-es-es-es";
        Path unpacked = temp.resolve("unpacked");
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(dir.resolve(zipName + ".zip")))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                Path target = unpacked.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(unpacked), entry.getName());
                Files.createDirectories(target.getParent());
                Files.write(target, zip.readAllBytes());
            }
        }
        Path root = unpacked.resolve(zipName);
        assertTrue(Files.isRegularFile(root.resolve("es/index.html")), "every language is in the zip");
        List<String> leaving = new ArrayList<>();
        int links = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path page : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                for (Element element : Jsoup.parse(page.toFile(), "UTF-8").select("[href], [src]")) {
                    String target = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                    if (target.matches("^(https?|tel|mailto):.*") || target.startsWith("#")) {
                        continue;
                    }
                    links++;
                    Path resolved = page.getParent().resolve(target.replaceAll("#.*", "")).normalize();
                    if (!resolved.startsWith(root) || !Files.exists(resolved)) {
                        leaving.add(root.relativize(page) + " -> " + target);
                    }
                }
            }
        }
        assertTrue(links > 100, "the pages link to each other: " + links);
        assertEquals(List.of(), leaving);
    }
}
