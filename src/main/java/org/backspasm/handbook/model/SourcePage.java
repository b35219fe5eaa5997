package org.backspasm.handbook.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One content page as read from its file, before any edition is chosen: front matter values still hold their
 * placeholders and the body still holds its region blocks.
 *
 * @param source the content file as shown in messages, e.g. {@code content/es/heat-or-cold.md}
 * @param fieldLines the line of each front matter key, for messages about its value
 * @param steps the immediate steps the front matter lists (first-hour.md only)
 * @param lines the file's lines
 * @param bodyLine the line the Markdown body starts on
 * @param translates for a translation, the fingerprint of the original it was last brought up to date with; else empty
 */
public record SourcePage(String slug, String source, String title, String navTitle, String summary, int order,
                         Map<String, Integer> fieldLines, List<StepSource> steps, List<Waiver> waivers,
                         List<String> lines, int bodyLine, String translates) {

    /** A fingerprint of the page's text, which a translation records as the version it translates. */
    public String fingerprint() {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", lines).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash).substring(0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The front matter keys the file sets. */
    public Set<String> frontMatterKeys() {
        return fieldLines.keySet();
    }

    /** One step as the front matter lists it: a heading id in the page and the card's line for it. */
    public record StepSource(String section, String card, int line, int sectionLine, int cardLine) {
    }
}
