package org.backspasm.handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backspasm.handbook.problem.ProblemList;
import org.backspasm.handbook.TestProject;
import org.backspasm.handbook.model.Breathing;
import org.backspasm.handbook.model.PaperSize;
import org.backspasm.handbook.model.Problem;
import org.backspasm.handbook.model.Provenance;
import org.backspasm.handbook.model.Regions;
import org.backspasm.handbook.model.Review;
import org.backspasm.handbook.model.Settings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** handbook.yml: every setting read as written, and each mistake once, at its line. */
class SettingsLoaderTest {

    @TempDir
    Path temp;

    private Path content;
    private String settings;
    private Regions regions;
    private final ProblemList problems = new ProblemList();

    @BeforeEach
    void copyBase() throws IOException {
        content = temp.resolve("content");
        TestProject.copyTree(TestProject.FIXTURES.resolve("base/content"), content);
        settings = Files.readString(content.resolve("handbook.yml"));
        regions = RegionsLoader.load(content, "content", problems);
    }

    private Optional<SettingsLoader.Loaded> load(String text) throws IOException {
        Files.writeString(content.resolve("handbook.yml"), text);
        return SettingsLoader.load(content, "content", regions, problems);
    }

    @Test
    void everySettingIsReadAsWritten() throws IOException {
        SettingsLoader.Loaded loaded = load(settings).orElseThrow();
        assertEquals(List.of(), problems.toList());
        Settings read = loaded.settings();
        assertEquals("Test handbook", read.title());
        assertEquals("en", read.language());
        assertEquals(List.of(), read.translations());
        assertEquals(Map.of("en", "GB-ENG"), read.regions());
        assertEquals("GB-ENG", read.region().code());
        assertEquals(new Breathing(4, 6), read.breathing());
        assertEquals(PaperSize.LETTER, read.paper(), "handbook.yml's paper wins over the region's A4");
        assertEquals(Optional.of(PaperSize.LETTER), loaded.paper());
        assertEquals(new Review(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), LocalDate.of(2028, 1, 1),
                "d MMMM yyyy", "en", "content/handbook.yml", 11), read.review());
        assertEquals(List.of("1 January 2026", "1 January 2026", "1 January 2028"), List.of(
                read.review().publishedText(), read.review().lastText(), read.review().nextText()));
        assertEquals(new Provenance("Test clinic", "Test writer", "Test reviewer", "Write to the test clinic",
                "No conflicts of interest", "General information for adults, not personal advice."), read.provenance());
    }

    @Test
    void aBaseUrlEndsInASlashAndIsAbsentWhenNotGiven() throws IOException {
        assertEquals(Optional.empty(), load(settings).orElseThrow().settings().baseUrl());
        String hosted = settings.replace("regions: {en: GB-ENG}\n", "regions: {en: GB-ENG}\nbase_url: https://backspasm.example/handbook\n");
        assertEquals(Optional.of("https://backspasm.example/handbook/"), load(hosted).orElseThrow().settings().baseUrl());
        assertEquals(List.of(), problems.toList());
    }

    @Test
    void withoutPaperTheRegionsPaperIsUsed() throws IOException {
        SettingsLoader.Loaded loaded = load(settings.replace("paper: Letter\n", "")).orElseThrow();
        assertEquals(Optional.empty(), loaded.paper());
        assertEquals(PaperSize.A4, loaded.settings().paper());
    }


    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "region: GB-ENG|4|'region' is now 'regions', one for each language's generic edition, e.g. 'regions: {en: GB-ENG, es: ES}'",
        "language: EN|2|'language' must be a language code such as 'en', not 'EN'",
        "last: 2025-12-31|10|the last review (2025-12-31) cannot come before the first publication (2026-01-01)",
        "next: 2026-01-01|11|the next review (2026-01-01) must come after the last review (2026-01-01)",
        "last: 1 Jan 2026|10|'last' must be a date written YYYY-MM-DD, not '1 Jan 2026'",
        "published: soon|9|'published' must be a date written YYYY-MM-DD, not 'soon'",
        "next: later|11|'next' must be a date written YYYY-MM-DD, not 'later'",
        "in_seconds: 1|5|'in_seconds' must be between 2 and 15, not 1",
        "out_seconds: 16|6|'out_seconds' must be between 2 and 15, not 16",
        "translations: [en]|4|'translations' lists other languages by their two-letter code, such as 'es', not 'en'",
        "translations: [spanish]|4|'translations' lists other languages by their two-letter code, such as 'es', not 'spanish'",
        "translations: [fr]|4|translation 'fr' has no folder content/fr/",
        "regions: {en: GB}|3|region 'GB' has parts whose services differ: choose one of GB-ENG, GB-SCT, GB-NIR",
        "regions: {en: XX}|3|unknown region 'XX' (known: GB-ENG, GB-SCT, US, ES, GB-NIR; add a region to content/regions.yml)",
        "base_url: http://backspasm.example/|4|'base_url' must be a web address starting with https://, not 'http://backspasm.example/'",
        "colour: red|4|unknown key 'colour' (allowed: base_url, breathing, language, paper, provenance, regions, review, title, translations)"})
    void eachMistakeIsNamedOnceAtItsLine(String change, int line, String message) throws IOException {
        String key = change.substring(0, change.indexOf(':'));
        String text = settings.lines().anyMatch(l -> l.strip().startsWith(key + ":"))
                ? settings.replaceFirst("(?m)^(\\s*)" + key + ":.*$", "$1" + java.util.regex.Matcher.quoteReplacement(change))
                : settings.replace("regions: {en: GB-ENG}\n", "regions: {en: GB-ENG}\n" + change + "\n");
        load(text);
        List<Problem> found = problems.toList();
        assertEquals(1, found.size(), found.toString());
        assertEquals(new Problem("content/handbook.yml", line, message), found.get(0));
    }

    @Test
    void theRegionsMustBeThoseOfTheLanguages() throws IOException {
        load(settings.replace("regions: {en: GB-ENG}", "regions: {es: ES}"));
        assertEquals(List.of(new Problem("content/handbook.yml", 3, "unknown key 'es' (did you mean 'en'?)"),
                new Problem("content/handbook.yml", 3, "'regions' must name the region of the en edition, e.g. "
                        + "'en: GB-ENG'")), problems.toList());
    }

    @Test
    void aTranslationNeedsItsRegion() throws IOException {
        Files.createDirectories(content.resolve("es"));
        SettingsLoader.Loaded loaded = load(settings.replace("regions: {en: GB-ENG}", "translations: [es]\n"
                + "regions: {en: GB-ENG}")).orElseThrow();
        assertEquals(List.of(new Problem("content/handbook.yml", 4, "'regions' must name the region of the es edition, "
                + "e.g. 'es: ES'")), problems.toList());
        assertEquals(List.of("es"), loaded.settings().translations());
    }
}
