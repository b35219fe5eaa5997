package org.backspasm.handbook.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How prose is cut into sentences and words, and the readability formulas on figures worked out by hand. */
class ProseTest {

    @Test
    void eachParagraphAndListItemEndsASentenceAndFullStopsSplitThem() {
        Prose prose = Prose.ofHtml("<p>The cat sat. The dog ran! Did it?</p><ul><li>A big red hat</li></ul>");
        assertEquals(List.of("The cat sat.", "The dog ran!", "Did it?", "A big red hat"), prose.sentences());
        assertEquals(4, prose.sentenceCount());
        assertEquals(12, prose.words());
        assertEquals(12, prose.syllables());
    }

    @Test
    void headingsTablesNavigationAndNestedListsAreNotProse() {
        Prose prose = Prose.ofHtml("<h1>A long title here</h1><h2>Two</h2><h3>x</h3><h4>x</h4><h5>x</h5><h6>x</h6>"
                + "<table><tr><td>Cell words</td></tr></table><nav>Menu words</nav><footer>Foot</footer>"
                + "<details>Hidden</details><pre>code code</pre><p>One two.</p>"
                + "<ul><li>Outer item<ul><li>Inner item</li></ul></li></ul><dl><dt>Term</dt><dd>Its meaning</dd></dl>");
        assertEquals(List.of("One two.", "Outer item", "Inner item", "Term", "Its meaning"), prose.sentences());
        assertEquals(9, prose.words());
    }

    /** Paragraphs and items inside what is not prose are not prose either; the parsed page is left as it was. */
    @Test
    void blocksInsideTablesNavigationAndDetailsAreNotProseAndThePageIsNotChanged() {
        org.jsoup.nodes.Element body = org.jsoup.Jsoup.parseBodyFragment("<table><tr><td><p>In a cell.</p></td></tr>"
                + "</table><nav><ul><li>Menu</li></ul></nav><details><summary>More</summary><p>Folded.</p></details>"
                + "<h2><span><p>In a heading.</p></span></h2><p>Read me.</p>").body();
        String before = body.outerHtml();
        Prose prose = Prose.ofBody(body, "en", new SyllableCounts());
        assertEquals(List.of("Read me."), prose.sentences());
        assertEquals(before, body.outerHtml());
    }

    @Test
    void aSentenceEndsAfterAClosingQuoteOrBracket() {
        assertEquals(List.of("He said \"Stop.\"", "Then (rest.)", "Walk…", "then sit."),
                Prose.ofBlocks(List.of("He said \"Stop.\" Then (rest.) Walk… then sit.")).sentences());
    }

    @Test
    void wordsAreSplitAtSpacesSlashesAndDashesAndNeedALetterOrDigit() {
        assertEquals(List.of("left", "right", "up", "down", "15", "mg."), Prose.words("left/right – up—down 15 mg. — ! …"));
        assertEquals(List.of(), Prose.words("  - * "));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"cat, 1", "water, 2", "'cat', 1", "well-being, 3", "15, 1", "'', 1", "--, 1", "-cat-, 1",
        "Cat's, 1"})
    void englishSyllables(String word, int syllables) {
        assertEquals(syllables, Prose.syllables(word));
    }

    @Test
    void fleschKincaidAndReadingEaseOnFiguresWorkedOutByHand() {
        // 2 sentences, 6 words, 8 syllables ("water" and "under" have two)
        Prose prose = Prose.ofBlocks(List.of("Drink water now. Sit under it."));
        assertEquals(6, prose.words());
        assertEquals(8, prose.syllables());
        assertEquals(0.39 * 3 + 11.8 * 8 / 6 - 15.59, prose.grade(), 1e-9);
        assertEquals(206.835 - 1.015 * 3 - 84.6 * 8 / 6, prose.ease(), 1e-9);
        assertEquals(206.84 - 60.0 * 8 / 6 - 1.02 * 3, prose.fernandezHuerta(), 1e-9);
    }

    @Test
    void emptyProseIsEasyAndHasNoGrade() {
        Prose empty = Prose.ofBlocks(List.of("", " - "));
        assertEquals(0, empty.grade());
        assertEquals(100, empty.ease());
        assertEquals(100, empty.fernandezHuerta());
        assertEquals("", empty.longestSentence());
        assertEquals(List.of(), empty.sentences());
    }

    @Test
    void spanishProseCountsSpanishSyllables() {
        // "ibuprofeno" has five syllables in Spanish; the English rules give it four
        assertEquals(5, Prose.ofBlocks(List.of("ibuprofeno"), "es").syllables());
        assertEquals("es", Prose.ofHtml("<p>casa</p>", "es").language());
        assertEquals(2, Prose.ofHtml("<p>casa</p>", "es").syllables());
    }

    @Test
    void theLongestSentenceHasTheMostWords() {
        assertEquals("One two three four.", Prose.ofBlocks(List.of("One two. One two three four. One.")).longestSentence());
    }
}
