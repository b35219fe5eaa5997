package org.backspasm.handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.backspasm.handbook.problem.ProblemList;
import org.backspasm.handbook.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading one YAML mapping: every value as typed, every mistake as a problem at its own line. */
class YamlFieldsTest {

    private final ProblemList problems = new ProblemList();

    /** Parses {@code text} as lines 4 onwards of f.yml (three lines of the file come before it). */
    private YamlFields parse(String text) {
        return YamlFields.parse("f.yml", text, 3, problems).orElseThrow();
    }

    private List<Problem> problems() {
        return problems.toList();
    }

    @Test
    void linesCountFromTheStartOfTheFile() {
        YamlFields yaml = parse("a: 1\nb: two\n");
        assertEquals(4, yaml.line());
        assertEquals(4, yaml.lineOf("a"));
        assertEquals(5, yaml.lineOf("b"));
        assertEquals(4, yaml.lineOf("absent"), "an absent key points at the mapping");
        assertEquals(List.of("a", "b"), yaml.keys());
        assertEquals("f.yml", yaml.file());
    }

    @Test
    void textIsStrippedAndAMissingOrEmptyValueIsReported() {
        YamlFields yaml = parse("name: '  Ann  '\nempty: ''\n");
        assertEquals("Ann", yaml.text("name"));
        assertEquals("", yaml.text("empty"));
        assertEquals("", yaml.text("absent"));
        assertEquals(Optional.empty(), yaml.optionalText("absent"));
        assertEquals("", yaml.textOrEmpty("absent"));
        assertEquals("", yaml.textOrEmpty("empty"));
        assertEquals(List.of(new Problem("f.yml", 5, "'empty' is empty"),
                new Problem("f.yml", 4, "missing required key 'absent'")), problems());
    }

    @Test
    void aListOrMappingWhereTextBelongsIsReported() {
        YamlFields yaml = parse("a: [1, 2]\nb:\n  c: d\n");
        assertEquals("", yaml.text("a"));
        assertEquals("", yaml.textOrEmpty("b"));
        assertEquals(Optional.of(""), yaml.optionalText("b"));
        assertEquals(List.of(new Problem("f.yml", 4, "'a' must be text, not a list or a mapping"),
                new Problem("f.yml", 5, "'b' must be text, not a list or a mapping")), problems());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "1|1|", "5|5|", "0|0|'n' must be between 1 and 5, not 0", "6|6|'n' must be between 1 and 5, not 6",
        "x|1|'n' must be a whole number, not 'x'", "99999999999|1|'n' must be a whole number, not '99999999999'"})
    void wholeNumbersWithinLimits(String written, int read, String problem) {
        YamlFields yaml = parse("other: 1\nn: " + written + "\n");
        assertEquals(read, yaml.wholeNumber("n", 1, 5));
        assertEquals(problem == null ? List.of() : List.of(new Problem("f.yml", 5, problem)), problems());
    }

    @Test
    void anAbsentNumberIsTheLowestAndReportedMissing() {
        assertEquals(2, parse("a: 1\n").wholeNumber("n", 2, 5));
        assertEquals(List.of(new Problem("f.yml", 4, "missing required key 'n'")), problems());
    }

    @Test
    void datesAreWrittenYearMonthDay() {
        YamlFields yaml = parse("a: 1\ngood: 2026-12-01\nbad: 1/12/2026\n");
        assertEquals(java.util.Optional.of(LocalDate.of(2026, 12, 1)), yaml.date("good"));
        assertEquals(java.util.Optional.empty(), yaml.date("bad"));
        assertEquals(java.util.Optional.empty(), yaml.date("absent"));
        assertEquals(List.of(new Problem("f.yml", 6, "'bad' must be a date written YYYY-MM-DD, not '1/12/2026'"),
                new Problem("f.yml", 4, "missing required key 'absent'")), problems());
    }

    @Test
    void nestedMappingsKeepTheirLines() {
        YamlFields yaml = parse("top: 1\ninner:\n  a: x\n  b: y\nflat: text\n");
        YamlFields inner = yaml.mapping("inner");
        assertEquals("y", inner.text("b"));
        assertEquals(7, inner.lineOf("b"));
        assertEquals(6, inner.line());
        YamlFields notAMapping = yaml.mapping("flat");
        assertFalse(notAMapping.has("a"));
        assertEquals("", notAMapping.text("a"), "a stand-in reports nothing more");
        YamlFields missing = yaml.mapping("absent");
        assertEquals("", missing.text("a"));
        assertEquals(List.of(new Problem("f.yml", 8, "'flat' must be 'key: value' lines"),
                new Problem("f.yml", 4, "missing required key 'absent'")), problems());
    }

    @Test
    void listsOfTextAcceptOneValueAlone() {
        YamlFields yaml = parse("one: es\nmany: [es, ' fr ']\nbad:\n  a: b\nmixed:\n  - x\n  - [y]\n");
        assertEquals(List.of("es"), yaml.textList("one"));
        assertEquals(List.of("es", "fr"), yaml.textList("many"));
        assertEquals(List.of(), yaml.textList("bad"));
        assertEquals(List.of("x"), yaml.textList("mixed"));
        assertEquals(List.of(), yaml.textList("absent"));
        assertEquals(List.of(new Problem("f.yml", 6, "'bad' must be a list such as [es, fr]"),
                new Problem("f.yml", 10, "each entry of 'mixed' must be plain text")), problems());
    }

    @Test
    void listsOfMappings() {
        YamlFields yaml = parse("steps:\n  - a: 1\n  - b: 2\n  - plain\nflat: x\n");
        List<YamlFields> steps = yaml.listOfMappings("steps");
        assertEquals(2, steps.size());
        assertEquals(6, steps.get(1).lineOf("b"));
        assertEquals(List.of(), yaml.listOfMappings("flat"));
        assertEquals(List.of(), yaml.listOfMappings("absent"));
        assertEquals(List.of(new Problem("f.yml", 7, "each entry of 'steps' must be 'key: value' lines"),
                new Problem("f.yml", 8, "'flat' must be a list of '- key: value' entries")), problems());
    }

    @Test
    void unknownKeysSuggestTheClosestOrListTheAllowed() {
        YamlFields yaml = parse("nmae: x\ncolour: y\nzzzzzzzz: z\n");
        yaml.allowOnly(Set.of("name", "colour", "phone"));
        assertEquals(List.of(new Problem("f.yml", 4, "unknown key 'nmae' (did you mean 'name'?)"),
                new Problem("f.yml", 6, "unknown key 'zzzzzzzz' (allowed: colour, name, phone)")), problems());
    }

    @Test
    void aSuggestionMayBeAThirdOfALongKeyAway() {
        // 'brand_colours_x' is 3 edits from 'brand_colour' and 15 letters long: 3 <= 15 / 3
        parse("brand_colourxyz: x\n").allowOnly(Set.of("brand_colour", "name"));
        assertEquals(List.of(new Problem("f.yml", 4, "unknown key 'brand_colourxyz' (did you mean 'brand_colour'?)")),
                problems());
    }

    @Test
    void aKeyThreeEditsFromAShortOneGetsNoGuess() {
        parse("abcxyz: x\n").allowOnly(Set.of("abc"));
        assertEquals(List.of(new Problem("f.yml", 4, "unknown key 'abcxyz' (allowed: abc)")), problems());
    }

    @Test
    void theFirstOfTwoEquallyCloseKeysInAlphabeticalOrderIsSuggested() {
        parse("cat: x\n").allowOnly(Set.of("bat", "car"));
        assertEquals(List.of(new Problem("f.yml", 4, "unknown key 'cat' (did you mean 'bat'?)")), problems());
    }

    @Test
    void aKeySetTwiceOrNotAWordIsReported() {
        YamlFields yaml = parse("a: 1\na: 2\n[x]: 3\n");
        assertEquals("1", yaml.text("a"));
        assertEquals(List.of(new Problem("f.yml", 5, "'a' is set twice"),
                new Problem("f.yml", 6, "a key must be a plain word")), problems());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "''|4|no settings found: expected 'key: value' lines",
        "'- a\n- b'|4|the front matter must be 'key: value' lines",
        "'a: 1\nb: [x'|5|this line is not valid YAML: check its quotes, colons and indentation (the reader says: expected ',' or ']', but got <stream end>)"})
    void whatIsNotAMappingIsReportedAtItsLine(String text, int line, String message) {
        assertEquals(Optional.empty(), YamlFields.parse("f.yml", text.replace("\\n", "\n"), 3, problems));
        assertEquals(List.of(new Problem("f.yml", line, message)), problems());
    }

    @Test
    void tooManyAliasesAreReportedAtTheAliasThatGoesOverTheLimit() {
        StringBuilder text = new StringBuilder("a: &a [x, y]\n");
        for (int i = 0; i < 6; i++) {
            text.append("k").append(i).append(": [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n");
        }
        assertEquals(Optional.empty(), YamlFields.parse("f.yml", text.toString(), 3, problems));
        // 10 aliases a line: the 51st is on the sixth line of aliases, the seventh of the text
        assertEquals(List.of(new Problem("f.yml", 10, "more than 50 aliases ('*name') in one place; write the "
                + "values out instead")), problems());
    }

    @Test
    void fiftyAliasesAreAllowed() {
        StringBuilder text = new StringBuilder("a: &a [x, y]\n");
        for (int i = 0; i < 5; i++) {
            text.append("k").append(i).append(": [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n");
        }
        assertTrue(YamlFields.parse("f.yml", text.toString(), 3, problems).isPresent(), problems().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "'title: Back pain: what to do'|4|this value contains a colon and a space (': '); put the whole value in double quotes, e.g. title: \"Back pain: what to do\"",
        "'name: ''St Mary''s Clinic'''|4|this value is in single quotes and contains an apostrophe: put it in double quotes instead, e.g. name: \"St Mary's Clinic\"",
        "'breathing:\\n\\tin_seconds: 4'|5|use spaces, not a tab, at the start of the line",
        "'title: [unclosed\\nnext: x'|5|this line is not valid YAML: check its quotes, colons and indentation (the reader says: expected ',' or ']', but got :)"})
    void commonSlipsAreExplainedInPlainWords(String text, int line, String message) {
        assertEquals(Optional.empty(), YamlFields.parse("f.yml", text.replace("\\n", "\n").replace("\\t", "\t"), 3,
                problems));
        assertEquals(List.of(new Problem("f.yml", line, message)), problems());
    }

    @Test
    void aValueThatStartsWithAHashIsNamedAsAComment() {
        YamlFields yaml = parse("name: x\nbrand_colour: #0b5d3b\n");
        assertEquals("", yaml.text("brand_colour"));
        assertEquals(List.of(new Problem("f.yml", 5, "'brand_colour' looks empty because YAML reads # as the start of "
                + "a comment; put the value in quotes: brand_colour: \"#0b5d3b\"")), problems());
    }

    @Test
    void curlyQuotesAroundAValueAreLeftOutWithAWarning() {
        YamlFields yaml = parse("name: “Riverside Physio”\nother: ‘x’\nplain: it’s fine\n");
        assertEquals("Riverside Physio", yaml.text("name"));
        assertEquals("x", yaml.text("other"));
        assertEquals("it’s fine", yaml.text("plain"));
        assertEquals(List.of(), problems());
        assertEquals(List.of(new Problem("f.yml", 4, "'name' is wrapped in curly quotes (“”), which would be printed; "
                + "they were left out. Use straight quotes (\") if you need quotes at all"),
                new Problem("f.yml", 5, "'other' is wrapped in curly quotes (‘’), which would be printed; they were left "
                + "out. Use straight quotes (\") if you need quotes at all")), problems.warnings());
    }
}
