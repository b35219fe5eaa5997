package org.backspasm.handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.backspasm.handbook.model.Figure;
import org.junit.jupiter.api.Test;

/** An image alone in its paragraph becomes a figure with its caption; an image in a sentence stays an image. */
class MarkdownFiguresTest {

    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    @Test
    void anImageAloneIsAFigureWithItsCaptionAndTheHeadingItStandsUnder() {
        MarkdownRenderer.Rendered rendered = MARKDOWN.render("![Lying face up, knees bent](figures/a.svg \"Knees bent\")\n"
                + "\n## Floor {#floor}\n\nText.\n\n![On all fours, back flat](figures/b.svg \"On all fours\")\n");
        assertEquals(List.of(new Figure("figures/a.svg", "Lying face up, knees bent", "Knees bent", "", 0),
                new Figure("figures/b.svg", "On all fours, back flat", "On all fours", "floor", 6)), rendered.figures());
        assertEquals("<figure class=\"figure\"><img src=\"figures/a.svg\" alt=\"Lying face up, knees bent\">"
                + "<figcaption>Knees bent</figcaption></figure>", rendered.html().lines().findFirst().orElseThrow());
    }

    @Test
    void picturesOnConsecutiveLinesStandTogetherAndKeepTheirOwnLines() {
        MarkdownRenderer.Rendered rendered = MARKDOWN.render("### Bird-dog {#ex-bird-dog}\n\n"
                + "![One arm forward, on all fours](figures/a.svg \"Stage 1\")\n"
                + "![One leg back, on all fours](figures/b.svg \"Stage 2\")\n");
        assertEquals(List.of(2, 3), rendered.figures().stream().map(Figure::line).toList());
        assertEquals(List.of("ex-bird-dog", "ex-bird-dog"), rendered.figures().stream().map(Figure::section).toList());
        org.jsoup.nodes.Element group = org.jsoup.Jsoup.parseBodyFragment(rendered.html()).selectFirst("div.figures");
        assertEquals(2, group.select("> figure.figure").size(), rendered.html());
        assertEquals(List.of(), group.select("p, br, [title]"), "no paragraph, break or title left behind");
    }

    @Test
    void anImageInASentenceOrALinkIsNotAFigureAndDoesNotShiftTheFiguresLines() {
        String figure = "\n![On all fours, back flat](figures/b.svg \"On all fours\")\n";
        for (String markdown : List.of("Lie down like this: ![Lying face up](figures/a.svg \"Lie down\").\n",
                "[![Lying face up here](figures/a.svg)](first-hour.md)\n",
                "![Lying face up here](figures/a.svg \"Lie\")  \nand then rest.\n")) {
            MarkdownRenderer.Rendered rendered = MARKDOWN.render(markdown + figure);
            int line = (int) (markdown + figure).lines().takeWhile(l -> !l.contains("figures/b.svg")).count();
            assertEquals(List.of(new Figure("figures/b.svg", "On all fours, back flat", "On all fours", "", line)),
                    rendered.figures(), markdown);
            assertEquals(1, org.jsoup.Jsoup.parseBodyFragment(rendered.html()).select("figure").size(), markdown);
        }
    }

    @Test
    void picturesSeparatedByAHardLineBreakAreStillFigures() {
        MarkdownRenderer.Rendered rendered = MARKDOWN.render("![One arm forward, on all fours](figures/a.svg \"Stage 1\")  \n"
                + "![One leg back, on all fours](figures/b.svg \"Stage 2\")\n");
        assertEquals(List.of(0, 1), rendered.figures().stream().map(Figure::line).toList());
        assertEquals(2, org.jsoup.Jsoup.parseBodyFragment(rendered.html()).select("div.figures > figure").size(),
                rendered.html());
    }

    @Test
    void aFigureWithoutATitleHasNoCaptionAndSaysSo() {
        MarkdownRenderer.Rendered rendered = MARKDOWN.render("![Lying face up, knees bent](figures/a.svg)\n");
        assertEquals("", rendered.figures().get(0).caption());
        assertEquals(0, org.jsoup.Jsoup.parseBodyFragment(rendered.html()).select("figcaption").size());
    }
}
