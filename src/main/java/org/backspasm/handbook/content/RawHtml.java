package org.backspasm.handbook.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which raw HTML a page's Markdown may carry. Harmless inline markup stays; anything that could run script,
 * load from elsewhere or submit data is a problem at its line.
 */
final class RawHtml {

    /** Elements allowed in raw HTML: text-level markup and plain blocks, nothing that loads or runs. */
    static final Set<String> ALLOWED_ELEMENTS = Set.of("abbr", "b", "br", "cite", "dfn", "div", "em", "i", "kbd",
            "mark", "p", "q", "s", "small", "span", "strong", "sub", "sup", "time", "wbr");
    /** Attributes allowed on them. */
    static final Set<String> ALLOWED_ATTRIBUTES = Set.of("class", "id", "title", "lang", "dir", "datetime");

    private static final Pattern TAG = Pattern.compile("<\\s*(/?)\\s*([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([^\\s=/>\"']+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+))?");

    /** One problem in a piece of raw HTML, with the line it is on counted from the start of that piece. */
    record Issue(int lineOffset, String message) {
    }

    private RawHtml() {
    }

    static List<Issue> check(String html) {
        List<Issue> issues = new ArrayList<>();
        if (html.startsWith("<!--")) {
            return issues;
        }
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            int line = lineOffset(html, tag.start());
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            if (!ALLOWED_ELEMENTS.contains(name)) {
                issues.add(new Issue(line, "raw HTML <" + name + "> is not allowed"
                        + (name.equals("img") ? "; use Markdown: ![description](picture.png)" : "")
                        + " (allowed: " + String.join(", ", ALLOWED_ELEMENTS.stream().sorted().toList()) + ")"));
                continue;
            }
            Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
            while (attribute.find()) {
                String key = attribute.group(1).toLowerCase(Locale.ROOT);
                String value = attribute.group(2) == null ? "" : attribute.group(2).replaceAll("^[\"']|[\"']$", "");
                if (key.startsWith("on")) {
                    issues.add(new Issue(line, "event attribute '" + key + "' on <" + name + "> is not allowed: "
                            + "the handbook runs no script"));
                } else if (!ALLOWED_ATTRIBUTES.contains(key)) {
                    issues.add(new Issue(line, "attribute '" + key + "' on <" + name + "> is not allowed (allowed: "
                            + String.join(", ", ALLOWED_ATTRIBUTES.stream().sorted().toList()) + ")"));
                } else if (value.replaceAll("\\s", "").toLowerCase(Locale.ROOT).startsWith("javascript:")) {
                    issues.add(new Issue(line, "a javascript: value in '" + key + "' is not allowed"));
                }
            }
        }
        return issues;
    }

    private static int lineOffset(String text, int index) {
        int lines = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
