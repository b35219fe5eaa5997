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

    /** The settings of a clinic's edition: its region and paper, and the clinic as publisher and reviewer. */
    public Settings forClinic(Clinic clinic, Region clinicRegion, PaperSize clinicPaper) {
        Provenance branded = new Provenance(clinic.name(), provenance.writtenBy(), clinic.reviewedBy(),
                "email " + clinic.email() + " or call " + clinic.phone(), provenance.conflictsOfInterest(),
                provenance.disclaimer());
        return new Settings(title, language, clinicRegion, breathing, clinicPaper, review, branded);
    }
}
