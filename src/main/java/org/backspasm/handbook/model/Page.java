package org.backspasm.handbook.model;

import java.util.List;
import java.util.Set;

/**
 * One content page, rendered to HTML with its links already rewritten from {@code .md} to {@code .html}.
 *
 * @param slug file name without extension; the page is written to {@code slug.html}
 * @param source the content file as shown in messages, e.g. {@code content/heat-or-cold.md}
 * @param html the rendered Markdown body
 * @param links every link and image in the Markdown, as written, for the link checker
 * @param figures the pictures of positions and movements (images alone in their paragraph), in page order
 * @param ids every element id in the rendered body, for anchor checks
 * @param idLines the source line each id is written on, where the Markdown parser knows it (ids written in braces
 *                and headings)
 * @param lines the source file's lines, for pointing content rules at a line
 * @param bodyLine the line the Markdown body starts on
 * @param keptLines the numbers of the body lines this edition keeps (those outside other regions' blocks)
 * @param blockLines the source line each block of {@code html} ({@link #BLOCKS}, in document order) starts on, as
 *                   the Markdown parser saw it; 0 where it does not know (HTML written into the page)
 * @param waivers the page's written exceptions to content rules
 */
public record Page(
        String slug,
        String source,
        String title,
        String navTitle,
        String summary,
        int order,
        String html,
        List<Link> links,
        List<Figure> figures,
        Set<String> ids,
        java.util.Map<String, Integer> idLines,
        List<String> lines,
        int bodyLine,
        List<Integer> keptLines,
        List<Integer> blockLines,
        List<Waiver> waivers) {

    /** The elements a page's text is told by for pointing rules at its source: paragraphs, list items, headings, cells. */
    public static final String BLOCKS = "p, li, dd, dt, h1, h2, h3, h4, h5, h6, td, th";

    public boolean waives(String rule) {
        return waivers.stream().anyMatch(w -> w.rule().equals(rule));
    }

    public String fileName() {
        return slug + ".html";
    }
}
