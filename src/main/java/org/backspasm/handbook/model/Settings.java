package org.backspasm.handbook.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Handbook-wide settings from content/handbook.yml, as one edition sees them: in its language, for its region.
 *
 * @param translations the languages besides the handbook's own, each in its own folder content/&lt;code&gt;/
 * @param regions the region of each language's generic edition, by language code
 * @param baseUrl where the publication is hosted (handbook.yml's base_url, or a clinic's public_url), ending in
 *     a slash; empty for a handbook that is only opened from disk
 */
public record Settings(
        String title,
        String language,
        List<String> translations,
        Map<String, String> regions,
        Region region,
        Breathing breathing,
        PaperSize paper,
        Review review,
        Provenance provenance,
        Optional<String> baseUrl) {

    /** The handbook's own language first, then its translations. */
    public List<String> languages() {
        List<String> all = new java.util.ArrayList<>(List.of(language));
        all.addAll(translations);
        return List.copyOf(all);
    }

    /** The settings of a clinic's edition: the clinic as publisher and reviewer. */
    public Settings forClinic(Clinic clinic) {
        Provenance branded = new Provenance(clinic.name(), provenance.writtenBy(), clinic.reviewedBy(),
                "email " + clinic.email() + " or call " + clinic.phone(), provenance.conflictsOfInterest(),
                provenance.disclaimer());
        return new Settings(title, language, translations, regions, region, breathing, paper, review, branded,
                clinic.publicUrl().map(url -> url.replaceFirst("/?$", "/")));
    }

    /** The settings for one region and paper size. */
    public Settings forRegion(Region other, PaperSize otherPaper) {
        return new Settings(title, language, translations, regions, other, breathing, otherPaper, review, provenance,
                baseUrl);
    }

    /** The settings in another language: its title, its provenance texts and its way of writing dates. */
    public Settings inLanguage(String other, String otherTitle, Provenance otherProvenance, Review otherReview) {
        return new Settings(otherTitle, other, translations, regions, region, breathing, paper, otherReview,
                otherProvenance, baseUrl);
    }
}
