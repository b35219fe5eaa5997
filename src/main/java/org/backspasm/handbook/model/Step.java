package org.backspasm.handbook.model;

/**
 * One immediate step: a section of the first-hour page and the line the emergency card prints for it.
 *
 * @param section the heading id of the step's section in the first-hour page
 * @param heading the heading text, used as the step's link text on the start page
 * @param cardLine the short line printed on the emergency card
 * @param line where the step is declared in the front matter
 */
public record Step(String section, String heading, String cardLine, int line) {
}
