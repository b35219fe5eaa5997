package org.backspasm.handbook.model;

import java.time.LocalDate;

/**
 * When the content was last clinically reviewed and when it is due again, with the dates as readers see them.
 *
 * @param line where the next review date is set, for messages about it
 */
public record Review(LocalDate last, LocalDate next, String lastText, String nextText, String file, int line) {
}
