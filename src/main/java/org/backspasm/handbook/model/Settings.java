package org.backspasm.handbook.model;

/** Handbook-wide settings from content/handbook.yml. */
public record Settings(
        String title,
        String language,
        Region region,
        Breathing breathing,
        PaperSize paper,
        Review review,
        Provenance provenance) {
}
