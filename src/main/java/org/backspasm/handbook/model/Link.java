package org.backspasm.handbook.model;

/** A link or image reference as written in a page's Markdown, with the line it stands on. */
public record Link(String target, int line, boolean image) {
}
