package org.backspasm.handbook.model;

/** A word patients may not know, and the plain words to use instead (from content/jargon.yml). */
public record Jargon(String term, String plain, int line) {
}
