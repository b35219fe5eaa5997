package org.backspasm.handbook.model;

/** Handbook-wide settings from content/handbook.yml. */
public record Settings(
        String title,
        String language,
        java.util.List<String> translations,
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
        return new Settings(title, language, translations, clinicRegion, breathing, clinicPaper, review, branded);
    }

    public Settings withRegion(Region other) {
        return new Settings(title, language, translations, other, breathing, paper, review, provenance);
    }

    /** The settings in another language: its title, its provenance texts and its way of writing dates. */
    public Settings inLanguage(String other, String otherTitle, Provenance otherProvenance, Review otherReview) {
        return new Settings(otherTitle, other, translations, region, breathing, paper, otherReview, otherProvenance);
    }
}
