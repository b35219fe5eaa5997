package org.backspasm.handbook.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * When the content was first published, last reviewed and when it is due again, and how the edition's language
 * writes a date; the texts readers see are made from the dates, not stored beside them.
 *
 * @param datePattern a {@link DateTimeFormatter} pattern, checked when the settings were read, e.g. "d MMMM yyyy"
 * @param language the language whose month names the pattern uses, e.g. "es"
 * @param line where the next review date is set, for messages about it
 */
public record Review(LocalDate published, LocalDate last, LocalDate next, String datePattern, String language,
                     String file, int line) {

    /** The same dates, written the way another language writes them. */
    public Review writtenIn(String otherPattern, String otherLanguage) {
        return new Review(published, last, next, otherPattern, otherLanguage, file, line);
    }

    public String publishedText() {
        return written(published);
    }

    public String lastText() {
        return written(last);
    }

    public String nextText() {
        return written(next);
    }

    private String written(LocalDate date) {
        return DateTimeFormatter.ofPattern(datePattern, Locale.forLanguageTag(language)).format(date);
    }
}
