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
}
