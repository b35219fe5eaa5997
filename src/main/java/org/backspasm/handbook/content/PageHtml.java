package org.backspasm.handbook.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * One allow-list for everything a page's Markdown turns into HTML, whatever produced it: Markdown itself, raw
 * HTML blocks and inline HTML, {…} attributes, reference links and autolinks. The HTML Flexmark wrote is parsed
 * with jsoup, as a browser would, and every element, attribute and address outside the list is a problem.
 */
final class PageHtml {

    /** Elements a writer may type as raw HTML: text-level markup and plain blocks, nothing that loads or runs. */
    static final Set<String> RAW_ELEMENTS = Set.of("abbr", "b", "br", "cite", "dfn", "div", "em", "i", "kbd",
            "mark", "p", "q", "s", "small", "span", "strong", "sub", "sup", "time", "wbr");
    /** Elements Markdown itself writes. */
    private static final Set<String> MARKDOWN_ELEMENTS = Set.of("a", "img", "h1", "h2", "h3", "h4", "h5", "h6",
            "ul", "ol", "li", "blockquote", "pre", "code", "hr", "table", "thead", "tbody", "tr", "th", "td", "del",
            "figure", "figcaption");
    /** Attributes allowed on any element; {…} in Markdown may set only id and class. */
    static final Set<String> ANY_ATTRIBUTES = Set.of("class", "id", "title", "lang", "dir", "datetime");
    /** Attributes Markdown writes on its own elements. */
    private static final Map<String, Set<String>> ELEMENT_ATTRIBUTES = Map.of(
            "a", Set.of("href"),
            "img", Set.of("src", "alt"),
            "ol", Set.of("start"),
            "th", Set.of("align", "style"),
            "td", Set.of("align", "style"),
            "div", Set.of("tabindex", "role", "aria-label"));
    private static final Set<String> LINK_SCHEMES = Set.of("https", "http", "tel", "mailto");

    /** One problem, with a piece of the source to find its line by. */
    record Issue(String near, String message) {
    }

    private PageHtml() {
    }

    private static final java.util.regex.Pattern DOCUMENT_TAG =
            java.util.regex.Pattern.compile("(?i)<\\s*(html|head|body)\\b");

    /**
     * The problems in {@code html}, as Flexmark wrote it (the document tags jsoup folds away are looked for in it),
     * given the body it was parsed into, which it only reads.
     */
    static List<Issue> check(String html, Element body) {
        List<Issue> issues = new ArrayList<>();
        // jsoup folds these into the page it builds, so they never reach the element walk; a browser would not.
        java.util.regex.Matcher document = DOCUMENT_TAG.matcher(html);
        while (document.find()) {
            issues.add(new Issue("<" + document.group(1), "raw HTML <" + document.group(1).toLowerCase(Locale.ROOT)
                    + "> is not allowed (allowed: " + String.join(", ", RAW_ELEMENTS.stream().sorted().toList()) + ")"));
        }
        for (Element element : body.getAllElements()) {
            String name = element.normalName();
            if (name.equals("body")) {
                continue;
            }
            if (!RAW_ELEMENTS.contains(name) && !MARKDOWN_ELEMENTS.contains(name)) {
                issues.add(new Issue("<" + name, "raw HTML <" + name + "> is not allowed"
                        + " (allowed: " + String.join(", ", RAW_ELEMENTS.stream().sorted().toList()) + ")"));
                continue;
            }
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue();
                if (key.startsWith("on")) {
                    issues.add(new Issue(key, "event attribute '" + key + "' on <" + name + "> is not allowed: "
                            + "the handbook runs no script"));
                } else if (!ANY_ATTRIBUTES.contains(key) && !ELEMENT_ATTRIBUTES.getOrDefault(name, Set.of()).contains(key)) {
                    issues.add(new Issue(key, "attribute '" + key + "' on <" + name + "> is not allowed (allowed: "
                            + String.join(", ", ANY_ATTRIBUTES.stream().sorted().toList()) + ")"));
                } else if (key.equals("style") && !value.matches("\\s*text-align:\\s*(left|right|center);?\\s*")) {
                    issues.add(new Issue(key, "attribute 'style' on <" + name + "> is not allowed (allowed: "
                            + String.join(", ", ANY_ATTRIBUTES.stream().sorted().toList()) + ")"));
                } else if (key.equals("href") && !linkAllowed(value)) {
                    issues.add(new Issue(value, scheme(value) == null
                            ? "link to '" + shorten(value) + "' leads to another site without saying how; write it "
                                    + "in full, starting with https://"
                            : "link to '" + shorten(value) + "' uses '" + scheme(value)
                                    + ":'; allowed are https:, http:, tel: and mailto:"));
                } else if (key.equals("src") && (scheme(value) != null || networkPath(value))) {
                    issues.add(new Issue(value, imageMessage(value)));
                } else if (value.replaceAll("\\s", "").toLowerCase(Locale.ROOT).startsWith("javascript:")) {
                    issues.add(new Issue(key, "a javascript: value in '" + key + "' is not allowed"));
                }
            }
        }
        return issues;
    }

    /** The same words as the link checker's, whichever of the two finds the image first. */
    private static String imageMessage(String src) {
        String scheme = scheme(src) == null ? "http" : scheme(src);
        return scheme.equals("data")
                ? "inline data: images are not allowed; save the picture as a file in the content folder"
                : "image '" + shorten(src) + "' must be a file in the content folder; the handbook loads nothing from "
                        + (scheme.startsWith("http") ? "the network" : "outside it");
    }

    private static boolean linkAllowed(String href) {
        String scheme = scheme(href);
        return scheme == null ? !networkPath(href) : LINK_SCHEMES.contains(scheme);
    }

    /** An address a browser reads as another host: '//host', with backslashes, tabs or newlines mixed in. */
    private static boolean networkPath(String address) {
        return address.replaceAll("[\\s\\u0000-\\u001f]", "").replace('\\', '/').startsWith("//");
    }

    /** The address's scheme, lower case, or null for a relative address. */
    private static String scheme(String address) {
        String compact = address.replaceAll("[\\s\\u0000-\\u001f]", "");
        int colon = compact.indexOf(':');
        if (colon <= 0 || !compact.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*")) {
            return null;
        }
        return compact.substring(0, colon).toLowerCase(Locale.ROOT);
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }
}
