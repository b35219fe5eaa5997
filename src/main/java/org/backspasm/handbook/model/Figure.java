package org.backspasm.handbook.model;

/**
 * A picture of a position or movement, as a page's Markdown gives it: an image alone in its paragraph,
 * {@code ![alt](figures/file.svg "caption")}.
 *
 * @param file the picture's file in the content folder, e.g. {@code figures/knee-rolls.svg}
 * @param alt the words a screen reader says instead of the picture: what the position is
 * @param caption the words printed under it; empty when the Markdown gives none
 * @param section the id of the heading the picture stands under; empty above the first heading
 * @param line the line of the page's file the picture is written on
 */
public record Figure(String file, String alt, String caption, String section, int line) {
}
