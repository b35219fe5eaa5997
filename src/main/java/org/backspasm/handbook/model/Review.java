package org.backspasm.handbook.model;

import java.time.LocalDate;

/**
 * When the content was first published, last reviewed and when it is due again, with the dates as readers see them.
 *
 * @param line where the next review date is set, for messages about it
 */
public record Review(LocalDate published, LocalDate last, LocalDate next, String publishedText, String lastText,
                     String nextText, String file, int line) {
}
