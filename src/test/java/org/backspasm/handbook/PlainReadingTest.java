package org.backspasm.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages read as words without their style sheet (a text browser, reader mode, a screen reader's flat
 * view): words that belong apart are apart in the markup, and the breathing rhythm is said once (issue 16).
 */
class PlainReadingTest {

    /** A lower-case letter or digit running straight into a capital: "Step 1Stay calm", "guideStop". */
    private static final Pattern GLUED = Pattern.compile("\\S*[\\p{Ll}\\d]\\p{Lu}\\S*");
    /** Names written with a capital inside them. */
    private static final Set<String> NAMES = Set.of("PubMed", "WalkBack", "RoSPA", "veraPDF");

    @TempDir
    static Path temp;

    static Path site;

    @BeforeAll
    static void build() {
        site = Editions.buildGeneric(temp);
    }

    static List<String> glued(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = GLUED.matcher(text);
        while (m.find()) {
            String word = m.group().replaceAll("^\\p{P}+|\\p{P}+$", "");
            if (!NAMES.contains(word)) {
                found.add(m.group());
            }
        }
        return found;
    }

    @Test
    void noWordsRunTogetherOnAnyPageOfEitherLanguage() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                String text = Jsoup.parse(page.toFile(), "UTF-8").body().text();
                glued(text).forEach(word -> problems.add(site.relativize(page) + ": " + word));
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(List.of("1Stay", "guideStop"), glued("Step 1Stay calm. Start the guideStop the guide. PubMed."),
                "the check finds what it is for");
    }

    @Test
    void theBreathingRhythmIsSaidOnceOnThePageThatHasTheGuide() throws IOException {
        for (String[] page : List.of(new String[] {"first-hour.html", "Breathe in for "},
                new String[] {"es/first-hour.html", "Tome aire durante "})) {
            String text = Jsoup.parse(site.resolve(page[0]).toFile(), "UTF-8").select("main").text();
            assertEquals(1, text.split(Pattern.quote(page[1]), -1).length - 1, page[0] + ": " + text);
        }
    }
}
