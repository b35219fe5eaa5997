package org.backspasm.handbook.model;

/**
 * Where the handbook is used: the emergency number and the same-day, non-emergency route.
 *
 * @param urgentNumber the same-day route's phone number, or empty where the region has no single one
 * @param paper the paper size handouts default to in this region
 */
public record Region(String code, String name, String emergencyNumber, String urgentName, String urgentNumber,
                     PaperSize paper) {

    public boolean hasUrgentNumber() {
        return !urgentNumber.isEmpty();
    }

    /** A number as a {@code tel:} link wants it: digits and a leading plus only. */
    public static String dialable(String number) {
        return number.replaceAll("[^0-9+]", "");
    }
}
