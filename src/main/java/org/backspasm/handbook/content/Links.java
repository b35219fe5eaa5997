package org.backspasm.handbook.content;

import java.util.Optional;
import java.util.regex.Pattern;

/** How link targets written in content are read: page links, anchors, and links that leave the handbook. */
public final class Links {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private Links() {
    }

    /** A link to another page, written {@code page.md} or {@code page.md#id}, as it points in the site. */
    public static String toHtmlTarget(String target) {
        if (hasScheme(target)) {
            return target;
        }
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String fragment = hash < 0 ? "" : target.substring(hash);
        return path.endsWith(".md") ? path.substring(0, path.length() - 3) + ".html" + fragment : target;
    }

    public static boolean hasScheme(String target) {
        return SCHEME.matcher(target).find() && !target.startsWith("#");
    }

    /** The file part of a relative target, empty for a same-page anchor. */
    public static String path(String target) {
        int hash = target.indexOf('#');
        return hash < 0 ? target : target.substring(0, hash);
    }

    public static Optional<String> fragment(String target) {
        int hash = target.indexOf('#');
        return hash < 0 ? Optional.empty() : Optional.of(target.substring(hash + 1));
    }
}
