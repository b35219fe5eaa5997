package org.backspasm.handbook.model;

/**
 * The same page in another language of the edition.
 *
 * @param prefix the way from this language's folder to the other's, e.g. {@code es/} or {@code ../}
 */
public record Alternate(String language, String name, String prefix) {
}
