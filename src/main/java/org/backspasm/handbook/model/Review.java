package org.backspasm.handbook.model;

import java.time.LocalDate;

/** When the content was last clinically reviewed and when it is due again, with the dates as readers see them. */
public record Review(LocalDate last, LocalDate next, String lastText, String nextText) {
}
