package org.backspasm.handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backspasm.handbook.problem.ProblemList;
import org.backspasm.handbook.model.PaperSize;
import org.backspasm.handbook.model.Problem;
import org.backspasm.handbook.model.Region;
import org.backspasm.handbook.model.Regions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The regions table: numbers, paper and words per region and language, 'like' chains, and their mistakes. */
class RegionsLoaderTest {

    @TempDir
    Path content;

    private final ProblemList problems = new ProblemList();

    private static final String ENGLAND = """
            GB-ENG:
              paper: A4
              emergency_numbers: ["999", "112"]
              urgent_number: "111"
              other_numbers: ["0300 123 4567"]
              en:
                name: England
                readers: For readers in England
                emergency: "999 or 112"
                urgent_name: NHS 111
                terms:
                  doctor: GP
                  physio: physio
                foreign_terms:
                  acetaminophen: paracetamol
                  ER:
            """;

    private Regions load(String yaml) throws IOException {
        Files.writeString(content.resolve("regions.yml"), yaml);
        return RegionsLoader.load(content, "content", problems);
    }

    @Test
    void aRegionIsReadWithEveryValue() throws IOException {
        Region england = load(ENGLAND).find("GB-ENG", "en").orElseThrow();
        assertEquals(List.of(), problems.toList());
        assertEquals(new Region("GB-ENG", "England", "For readers in England", PaperSize.A4, List.of("999", "112"),
                "999 or 112", "NHS 111", Optional.of("111"), List.of("999", "112", "111", "0300 123 4567"),
                Map.of("doctor", "GP", "physio", "physio"), Map.of("acetaminophen", "paracetamol", "ER", "")), england);
        assertTrue(load(ENGLAND).find("GB-ENG", "es").isEmpty(), "no Spanish texts, no Spanish region");
    }

    @Test
    void aRegionLikeAnotherTakesWhatItDoesNotSetItselfAndItsOwnWordsWin() throws IOException {
        Regions regions = load(ENGLAND + """
                GB-SCT:
                  like: GB-ENG
                  urgent_number: none
                  en:
                    name: Scotland
                    readers: For readers in Scotland
                    urgent_name: NHS 24
                    terms:
                      doctor: GP surgery
                """);
        Region scotland = regions.find("GB-SCT", "en").orElseThrow();
        assertEquals(List.of(), problems.toList());
        assertEquals("Scotland", scotland.name());
        assertEquals("999 or 112", scotland.emergency());
        assertEquals(List.of("999", "112"), scotland.emergencyNumbers());
        assertEquals(Optional.empty(), scotland.urgentNumber(), "'none' clears the number it would inherit");
        assertEquals(List.of("999", "112", "0300 123 4567"), scotland.serviceNumbers());
        assertEquals(Map.of("doctor", "GP surgery", "physio", "physio"), scotland.terms());
        assertEquals(PaperSize.A4, scotland.paper());
    }

    @Test
    void likeMustNameARegionAndNotGoRoundInACircle() throws IOException {
        load("""
                AA:
                  like: BB
                  emergency_numbers: ["112"]
                BB:
                  like: AA
                CC:
                  like: ZZ
                """);
        // Each circle is named where it closes: from AA, at BB's 'like'; from BB, at AA's.
        assertEquals(List.of(new Problem("content/regions.yml", 5, "'like' goes round in a circle: AA → BB → AA"),
                new Problem("content/regions.yml", 2, "'like' goes round in a circle: BB → AA → BB"),
                new Problem("content/regions.yml", 7, "'like: ZZ' names no region in this file")), problems.toList());
    }

    @Test
    void everyMistakeIsNamedAtItsLine() throws IOException {
        load("""
                gb:
                  paper: A4
                XX:
                  paper: A5
                  emergency_numbers: ["112", "call us"]
                  urgent_number: "1-1-1!"
                  colour: red
                  en:
                    name: <b>X</b>
                    readers: For readers in X
                    emergency: "999"
                    urgent_name: a service
                    slogan: hi
                    terms:
                      Doctor: x
                YY:
                  en:
                    name: Y
                """);
        assertEquals(List.of(
                new Problem("content/regions.yml", 1, "region code 'gb' must be two capital letters, such as IE, or a "
                        + "country and a part, such as GB-SCT"),
                new Problem("content/regions.yml", 7, "unknown key 'colour' (allowed: emergency_numbers, en, es, like, "
                        + "other_numbers, paper, urgent_number)"),
                new Problem("content/regions.yml", 13, "unknown key 'slogan' (allowed: emergency, foreign_terms, name, "
                        + "readers, terms, urgent_name)"),
                new Problem("content/regions.yml", 9, "'name' may hold letters, digits, spaces and . , ' ( ) / & - only, "
                        + "not '<b>X</b>'"),
                new Problem("content/regions.yml", 9, "term 'Doctor' must be lowercase letters and underscores, as in "
                        + "{{doctor}}"),
                new Problem("content/regions.yml", 4, "'paper' must be A4 or Letter, not 'A5'"),
                new Problem("content/regions.yml", 5, "'emergency_numbers': 'call us' is not a phone number: write "
                        + "digits, spaces and an optional leading +"),
                new Problem("content/regions.yml", 6, "'urgent_number': write '1-1-1!' in full, starting with + and "
                        + "the country code, e.g. +353 1 234 5678"),
                new Problem("content/regions.yml", 11, "region XX (en): 'emergency' must say the number to dial first, 112"),
                new Problem("content/regions.yml", 18, "region YY (en) lacks 'readers'"),
                new Problem("content/regions.yml", 18, "region YY (en) lacks 'emergency'"),
                new Problem("content/regions.yml", 18, "region YY (en) lacks 'urgent_name'"),
                new Problem("content/regions.yml", 17, "region YY lacks 'emergency_numbers'"),
                new Problem("content/regions.yml", 17, "region YY (en) lacks the terms [Doctor], which other regions define")),
                problems.toList());
    }

    @Test
    void aMissingTableIsNamedWithWhatItIsFor() {
        Regions regions = RegionsLoader.load(content, "content", problems);
        assertEquals(Map.of(), regions.byCode());
        assertEquals(List.of(new Problem("content/regions.yml", 0, "regions table not found; it holds each region's "
                + "emergency and same-day numbers")), problems.toList());
    }
}
