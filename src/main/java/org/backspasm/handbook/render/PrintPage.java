package org.backspasm.handbook.render;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.backspasm.handbook.content.Links;
import org.backspasm.handbook.model.Handbook;
import org.backspasm.handbook.model.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The whole handbook as one page for printing: each page becomes a section, its ids are prefixed with the
 * page's slug so they stay unique, and links between pages point to those sections.
 */
final class PrintPage {

    /** One page of the handbook as a section of print.html. */
    public record Section(String id, Page page, String body) {
    }

    private PrintPage() {
    }

    /**
     * @param stepLabel the word for "Step" in the edition's language
     * @param breathing the breathing rhythm in words, which stands where the animated guide stands on the page
     */
    static List<Section> sections(Handbook handbook, String stepLabel, String breathing) {
        Set<String> slugs = handbook.pages().stream().map(Page::slug).collect(Collectors.toSet());
        return handbook.pages().stream().map(page -> new Section(page.slug(), page, body(page, slugs, stepLabel,
                breathing))).toList();
    }

    private static String body(Page page, Set<String> slugs, String stepLabel, String breathing) {
        Element body = Jsoup.parseBodyFragment(page.html().replace(Handbook.BREATHING_GUIDE_SLOT,
                        "<p class=\"breathe-text\">" + org.jsoup.nodes.Entities.escape(breathing) + "</p>")
                .replace(Handbook.STEP_LABEL_SLOT, stepLabel)).body();
        for (Element element : body.select("[id]")) {
            element.id(page.slug() + "--" + element.id());
        }
        for (Element link : body.select("a[href]")) {
            String href = link.attr("href");
            if (Links.hasScheme(href)) {
                continue;
            }
            String path = Links.path(href);
            String fragment = Links.fragment(href).orElse("");
            String slug = path.isEmpty() ? page.slug() : path.replaceFirst("\\.html$", "");
            if (path.isEmpty() || (path.endsWith(".html") && slugs.contains(slug))) {
                link.attr("href", "#" + slug + (fragment.isEmpty() ? "" : "--" + fragment));
            }
        }
        return body.html();
    }
}
