package org.backspasm.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.backspasm.handbook.cli.Main;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.io.TempDir;

/** A second language: its pages, its words, and the checks that keep it complete and printable. */
class TranslationTest {

    @TempDir
    Path temp;

    private TestProject translated() {
        return TestProject.base(temp).overlay(TestProject.FIXTURES.resolve("translated"));
    }

    @Test
    void theTranslationIsBuiltBesideTheOriginalWithItsOwnLangWordsAndDates() throws IOException {
        TestProject project = translated();
        TestProject.Run run = project.run("build");
        assertEquals(0, run.exitCode(), run.err());
        Document es = Jsoup.parse(project.path("site/es/first-hour.html").toFile(), "UTF-8");
        assertEquals("es", es.select("html").attr("lang"));
        assertEquals("Ir al contenido", es.select("a.skip").text());
        assertTrue(es.select("footer").text().contains("1 de enero de 2026"), "dates as Spanish writes them");
        assertTrue(es.select(".breathe-text").text().startsWith("Tome aire durante 4 segundos"));
        assertNotNull(es.selectFirst("a[href=../first-hour.html][hreflang=en]"), "link to the same page in English");
        Document en = Jsoup.parse(project.path("site/first-hour.html").toFile(), "UTF-8");
        assertNotNull(en.selectFirst("a[href=es/first-hour.html][hreflang=es]"), "link to the same page in Spanish");
        assertTrue(ClinicEditionTest.pdfText(project.path("site/es/emergency-card-es-es.pdf")).contains("Llame al 112 ya"),
                "the Spanish generic edition is for Spain: 112, not the UK's 999");
        assertEquals(List.of(), SiteChecks.all(project.path("site/es")));
        // Steps are numbered in the page's own language, in order, on the page and on the one-page handbook.
        assertEquals(List.of("Paso 1", "Paso 2"), es.select("h2.step .step-number").eachText());
        assertEquals(List.of("Step 1", "Step 2"), en.select("h2.step .step-number").eachText());
        Document esPrint = Jsoup.parse(project.path("site/es/print.html").toFile(), "UTF-8");
        assertEquals(List.of("Paso 1", "Paso 2"), esPrint.select(".step-number").eachText());
        assertFalse(es.text().contains("Step"), "no English word on the Spanish page");
    }

    @ParameterizedTest
    @ValueSource(strings = {"HH:mm", "d 'de' MMMM 'de' yyyy 'a las' HH"})
    void aDateFormatThatCannotWriteADateIsAProblemAtItsLine(String format) throws IOException {
        TestProject project = translated();
        Path language = project.path("content/es/language.yml");
        Files.writeString(language, Files.readString(language).replaceFirst("(?m)^date_format: .*$",
                "date_format: \"" + format + "\""));
        TestProject.Run run = project.run("check");
        assertEquals(org.backspasm.handbook.cli.Main.CONTENT_PROBLEMS, run.exitCode(), run.err());
        assertEquals("content/es/language.yml:7: 'date_format' is not a date pattern: Unsupported field: HourOfDay",
                run.errLines().get(0));
    }

    @Test
    void aPageMissingFromTheTranslationIsNamed() throws IOException {
        TestProject project = translated();
        Files.delete(project.path("content/es/sources.md"));
        TestProject.Run run = project.run("check");
        assertEquals(Main.CONTENT_PROBLEMS, run.exitCode());
        assertTrue(run.errLines().contains("content/es/sources.md: required page is missing"), run.err());
    }

    @Test
    void aTranslatedPageWhoseLinksDifferIsAProblem() throws IOException {
        TestProject project = translated();
        Path index = project.path("content/es/index.md");
        Files.writeString(index, Files.readString(index).replace("(first-hour.md)", "(danger-signs.md)"));
        TestProject.Run run = project.run("check");
        assertEquals(Main.CONTENT_PROBLEMS, run.exitCode());
        assertEquals("content/es/index.md:8: links differ from content/index.md: missing [first-hour.md]; "
                + "extra [danger-signs.md]", run.errLines().get(0));
    }

    @Test
    void aFrontMatterFieldMissingFromATranslationIsNamed() throws IOException {
        TestProject project = translated();
        Path english = project.path("content/index.md");
        Files.writeString(english, Files.readString(english).replace("order: 1", "order: 1\nnav_title: Start"));
        TestProject.Run run = project.run("check");
        assertEquals(Main.CONTENT_PROBLEMS, run.exitCode());
        assertTrue(run.errLines().contains("content/es/index.md:1: front matter lacks [nav_title], which content/index.md has"),
                run.err());
    }

    @Test
    void aMessageMissingFromATranslationIsNamedWithItsEnglishText() throws IOException {
        TestProject project = translated();
        Path messages = project.path("templates/messages/es.yml");
        Files.writeString(messages, Files.readString(messages).replaceAll("(?m)^right_now:.*\\n", ""));
        TestProject.Run run = project.run("check");
        assertEquals(Main.CONTENT_PROBLEMS, run.exitCode());
        assertEquals("templates/messages/es.yml: message 'right_now' is missing (it is in en.yml: \"Right now\")",
                run.errLines().get(0));
    }

    @Test
    void aCharacterThePdfFontLacksIsAProblemAtItsLine() throws IOException {
        TestProject project = TestProject.base(temp);
        Path signs = project.path("content/danger-signs.md");
        Files.writeString(signs, Files.readString(signs).replace("- Weakness in both legs", "- Weakness in both legs 😱"));
        TestProject.Run run = project.run("check");
        assertEquals(Main.CONTENT_PROBLEMS, run.exitCode());
        assertEquals("content/danger-signs.md:10: the character '😱' (U+1F631) is not in the PDF font (DejaVu Sans), "
                + "so emergency-card-en-gb-eng.pdf would show a box instead; remove or replace it", run.errLines().get(0));
    }

    @Test
    void aClinicEditionCanBeInSpanish() throws IOException {
        TestProject project = translated();
        TestProject.copyTree(TestProject.FIXTURES.resolve("clinics"), project.path("clinics"));
        Path profile = project.path("clinics/gb-physio.yml");
        Files.writeString(profile, Files.readString(profile) + "language: es\n");
        TestProject.Run run = project.run("build", "--clinic", profile.toString());
        assertEquals(0, run.exitCode(), run.err());
        Document index = Jsoup.parse(project.path("site/gb-physio/index.html").toFile(), "UTF-8");
        assertEquals("es", index.select("html").attr("lang"));
        assertTrue(index.select("footer .contact").text().contains("Pida una cita"));
        assertFalse(ClinicEditionTest.pdfText(project.path("site/gb-physio/gb-physio-emergency-card-es-gb-eng.pdf")).contains("Right now"));
        assertEquals(List.of(), SiteChecks.all(project.path("site/gb-physio")));
    }

    @Test
    void aChangedOriginalMakesItsTranslationOutOfDateUntilItIsMarked() throws IOException {
        TestProject project = translated();
        assertEquals("", project.run("check").err(), "every page of the fixture is marked up to date");
        Path english = project.path("content/index.md");
        Files.writeString(english, Files.readString(english).replace("Most back spasms get better.", "Most back spasms get better. Keep moving."));
        String warning = "content/es/index.md:5: warning: is out of date: content/index.md has changed since this "
                + "translation was marked; bring it up to date, then run 'handbook translations --mark es'";

        TestProject.Run check = project.run("check");
        assertEquals(0, check.exitCode(), check.err());
        assertEquals(List.of(warning), check.errLines());

        TestProject.Run strict = project.run("check", "--strict");
        assertEquals(Main.CONTENT_PROBLEMS, strict.exitCode());
        assertEquals(warning.replace(": warning:", ":"), strict.errLines().get(0));

        TestProject.Run mark = project.run("translations", "--mark", "es");
        assertEquals(0, mark.exitCode(), mark.err());
        assertEquals("Marked 1 of 5 pages in es as up to date.", mark.out().strip());
        assertEquals("", project.run("check", "--strict").err());
    }

    @Test
    void aTranslationWithoutAMarkIsNamedAsNotSayingWhatItTranslates() throws IOException {
        TestProject project = translated();
        Path spanish = project.path("content/es/sources.md");
        Files.writeString(spanish, Files.readString(spanish).replaceAll("(?m)^translates:.*\\n", ""));
        TestProject.Run run = project.run("check");
        assertEquals(0, run.exitCode());
        assertEquals(List.of("content/es/sources.md:1: warning: does not say which version of content/sources.md it "
                + "translates; bring it up to date, then run 'handbook translations --mark es'"), run.errLines());
    }

    @Test
    void aTranslationWhoseAnchorsStepsOrRegionBlocksDifferIsAProblem() throws IOException {
        TestProject project = translated();
        Path spanish = project.path("content/es/first-hour.md");
        Files.writeString(spanish, Files.readString(spanish).replace("{#breathe}", "{#respire}")
                .replace("  - section: breathe\n", "  - section: respire\n")
                .replace("## Calma {#stay-calm}", "::: region GB\n\nSolo aquí.\n\n:::\n\n## Calma {#stay-calm}"));
        TestProject.Run run = project.run("check");
        assertEquals(Main.CONTENT_PROBLEMS, run.exitCode());
        assertTrue(run.errLines().contains("content/es/first-hour.md:23: anchors differ from content/first-hour.md: "
                + "missing [breathe]; extra [respire]"), run.err());
        assertTrue(run.errLines().contains("content/es/first-hour.md:13: region blocks differ from content/first-hour.md: "
                + "[] there, [::: region GB] here"), run.err());
        assertTrue(run.errLines().contains("content/es/first-hour.md:8: the immediate steps differ from "
                + "content/first-hour.md: [breathe, stay-calm] there, [respire, stay-calm] here"), run.err());
    }

    @Test
    void aReferenceLinkCountsAsALinkOfThePage() throws IOException {
        TestProject project = translated();
        Path english = project.path("content/index.md");
        Files.writeString(english, Files.readString(english) + "\nSee the [danger signs][signs].\n\n[signs]: danger-signs.md\n");
        TestProject.Run run = project.run("check");
        assertTrue(run.errLines().contains("content/es/index.md: links differ from content/index.md: "
                + "missing [danger-signs.md]"), run.err());
    }

    @Test
    void aHardSpanishPageIsMeasuredByFernandezHuerta() throws IOException {
        TestProject project = translated();
        Path spanish = project.path("content/es/index.md");
        Files.writeString(spanish, Files.readString(spanish).replace("Se pasa.", "La recuperación funcional "
                + "progresiva depende fundamentalmente de la continuidad terapéutica individualizada, "
                + "independientemente de la intensidad sintomatológica experimentada inicialmente."));
        TestProject.Run run = project.run("check");
        assertEquals(Main.CONTENT_PROBLEMS, run.exitCode());
        assertTrue(run.errLines().stream().anyMatch(line -> line.startsWith("content/es/index.md:")
                && line.contains("Fernández-Huerta")), run.err());
    }

    @Test
    void aHardSpanishCardIsMeasuredByFernandezHuertaAndBlamesItsHarderPart() throws IOException {
        TestProject project = translated();
        Path spanish = project.path("content/es/first-hour.md");
        Files.writeString(spanish, Files.readString(spanish).replace("card: Calma.", "card: Recuperación "
                + "funcional progresiva, continuidad terapéutica individualizada, intensidad sintomatológica."));
        TestProject.Run run = project.run("check");
        assertEquals(Main.CONTENT_PROBLEMS, run.exitCode(), run.err());
        assertTrue(run.errLines().stream().anyMatch(line -> line.matches("content/es/first-hour\\.md:\\d+: the emergency "
                + "card is too hard to read: Fernández-Huerta [0-9.]+ \\(at least 80\\)\\. Simplify the steps' card "
                + "lines here .*")), run.err());
        assertFalse(run.err().contains("grade"), "a Spanish card is not measured by the English formula");
    }

    @Test
    void theRepositorysOwnSpanishPagesAreMarkedUpToDate() {
        TestProject.Run run = TestProject.Run.of("check", "--strict", "--project", TestProject.REPO.toString());
        assertEquals(0, run.exitCode(), run.err());
    }
}
