package org.backspasm.handbook.model;

/** A page's written exception to one content rule, declared in its front matter and printed by check. */
public record Waiver(String rule, String reason, int line) {

    /** A section excused from showing a picture is the rule {@code figure:<section id>}. */
    public static final String FIGURE_PREFIX = "figure:";
}
