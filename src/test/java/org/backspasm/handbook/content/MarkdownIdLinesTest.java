package org.backspasm.handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where each id is written comes from the parser's positions, not from searching the text for it. */
class MarkdownIdLinesTest {

    @Test
    void eachIdHasTheLineItIsWrittenOn() {
        // The first line names the id in code: a search of the text would point there.
        MarkdownRenderer.Rendered rendered = new MarkdownRenderer().render("Write `{#call-now}` after the heading.\n"
                + "\n## Call now {#call-now}\n\nText.\n\n## Plain heading\n\nA paragraph.\n\n### Two\nlines\n");
        assertEquals(Map.of("call-now", 2, "plain-heading", 6, "two", 10), rendered.idLines());
    }

    /** An id in braces after a paragraph or a list item is that element's, on the line the braces are on. */
    @Test
    void idsOnParagraphsAndListItemsHaveTheirLinesToo() {
        MarkdownRenderer.Rendered rendered = new MarkdownRenderer().render("Intro.\n\nA paragraph with an id.\n"
                + "{#para}\n\n- item one {#item}\n");
        assertEquals(Map.of("para", 3, "item", 5), rendered.idLines());
        assertTrue(rendered.html().contains("<p id=\"para\">") && rendered.html().contains("<li id=\"item\">"),
                rendered.html());
    }

    /** An id written twice in braces: the second writing's line, from the parser, for the "used twice" problem. */
    @Test
    void anIdWrittenTwiceHasTheLineOfItsSecondWriting() {
        MarkdownRenderer.Rendered rendered = new MarkdownRenderer().render("## Rest {#rest}\n\nSee [rest](#rest).\n\n"
                + "## Rest again {#rest}\n");
        assertEquals(Map.of("rest", 0), rendered.idLines());
        assertEquals(Map.of("rest", 4), rendered.repeatedIdLines());
    }

    /**
     * Every block has the line its node starts on, in document order: paragraphs, tight and loose list items,
     * nested ones, headings and table cells; and the marks that carry them are gone from the HTML.
     */
    @Test
    void eachBlockHasTheLineItStartsOn() {
        MarkdownRenderer.Rendered rendered = new MarkdownRenderer().render("# Title\n\nOne\ntwo.\n\n- a\n  - b\n\n"
                + "1. loose\n\n2. list\n\n| x | y |\n|---|---|\n| 1 | 2 |\n");
        // h1, p, li a, li b, li loose, its p, li list, its p, th x, th y, td 1, td 2
        assertEquals(java.util.List.of(0, 2, 5, 6, 8, 8, 10, 10, 12, 12, 14, 14), rendered.blockLines());
        assertTrue(!rendered.html().contains("data-handbook"), rendered.html());
    }

    /** HTML written into the page has no parser node: its blocks' lines are unknown, and a typed mark is dropped. */
    @Test
    void htmlWrittenIntoThePageHasNoBlockLines() {
        MarkdownRenderer.Rendered rendered = new MarkdownRenderer().render("Intro.\n\n<div><p data-handbook-offset=\"zz\">"
                + "Typed.</p></div>\n");
        assertEquals(java.util.List.of(0, -1), rendered.blockLines());
        assertEquals(java.util.List.of(), rendered.issues());
        assertTrue(!rendered.html().contains("data-handbook"), rendered.html());
    }
}
