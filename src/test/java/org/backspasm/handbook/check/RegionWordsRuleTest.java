package org.backspasm.handbook.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.backspasm.handbook.model.PaperSize;
import org.backspasm.handbook.model.Region;
import org.backspasm.handbook.model.Regions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Another region's numbers and words, found in text, and what is not one. */
class RegionWordsRuleTest {

    private static final Region US = new Region("US", "the United States", "For readers in the United States",
            PaperSize.LETTER, List.of("911"), "911", "your doctor", java.util.Optional.empty(), List.of("911"),
            Map.of("doctor", "doctor", "paracetamol", "acetaminophen"),
            Map.of("GP", "primary care doctor", "paracetamol", "acetaminophen", "A&E", "the ER", "NHS", ""));
    private static final Region ENGLAND = new Region("GB-ENG", "England", "For readers in England", PaperSize.A4,
            List.of("999", "112"), "999", "NHS 111", java.util.Optional.of("111"), List.of("999", "112", "111"), Map.of("doctor", "GP"),
            Map.of());
    private static final Regions REGIONS = new Regions(Map.of("US", Map.of("en", US), "GB-ENG", Map.of("en", ENGLAND)));

    @Test
    void otherRegionsNumbersAreThoseItDoesNotShare() {
        assertEquals(Map.of("999", "an emergency number in GB-ENG (England)", "112", "an emergency number in GB-ENG "
                + "(England)", "111", "a health line in GB-ENG (England)"), RegionWordsChecker.foreignNumbers(US, "en", REGIONS));
        assertEquals(Map.of("911", "an emergency number in US (the United States)"),
                RegionWordsChecker.foreignNumbers(ENGLAND, "en", REGIONS));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Call 999 now.|'999' is an emergency number in GB-ENG (England), not a number for readers in the United States; write {{emergency_number}} or {{urgent_link}}, which give each region its own",
        "Call 9 9 9 now.|'9 9 9' is an emergency number in GB-ENG (England), not a number for readers in the United States; write {{emergency_number}} or {{urgent_link}}, which give each region its own",
        "Ring 111.|'111' is a health line in GB-ENG (England), not a number for readers in the United States; write {{emergency_number}} or {{urgent_link}}, which give each region its own",
        "It lasts 111 days.|", "About 999 people.|", "Call 1112 now.|", "It costs 1,112.|", "Dial +1112.|",
        "Version 2.999 is out.|", "Call 911.|"})
    void numbers(String text, String message) {
        assertEquals(message == null ? List.of() : List.of(message),
                RegionWordsChecker.numbers(text, RegionWordsChecker.foreignNumbers(US, "en", REGIONS), US));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "See your GP.|'GP' is not what readers in the United States say (they say 'primary care doctor'); reword it, or put the local word first with this one in brackets",
        "Take Paracetamol.|'Paracetamol' is not what readers in the United States say (they say 'acetaminophen'); write {{paracetamol}}, or put the local word first with this one in brackets",
        "Go to A&E.|'A&E' is not what readers in the United States say (they say 'the ER'); reword it, or put the local word first with this one in brackets",
        "The NHS says so.|'NHS' is not what readers in the United States say; reword it, or put the local word first with this one in brackets",
        "Take acetaminophen (paracetamol).|", "Take paracetamol (acetaminophen).|",
        "The gp string and nhs letters.|", "GPS and NHSX are other words.|", "Ask your doctor.|"})
    void terms(String text, String message) {
        assertEquals(message == null ? List.of() : List.of(message), RegionWordsChecker.terms(text, US));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "title: Call 999|Call 999", "'  - card: Call 999'|Call 999",
        "See [NHS](https://www.nhs.uk/) {{urgent_link}} at https://x.example/111 now|See [NHS at now",
        "## Heading {#nhs-111}|## Heading"})
    void onlyWhatReadersSeeIsRead(String line, String readable) {
        assertEquals(readable, RegionWordsChecker.readable(line).replaceAll("\\s+", " ").strip());
    }
}
