package org.backspasm.handbook.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One thing the build publishes: one language, one region and at most one clinic. Editions of one clinic (or
 * the generic editions) are published together in one folder and one zip, and link to each other.
 *
 * @param folder where the edition sits inside its publication: empty for the first language, else e.g. {@code es/}
 * @param zipFile the publication's download, which holds every edition of it
 * @param alternates the same pages in the publication's other editions
 */
public record Edition(String language, Region region, PaperSize paper, Optional<Clinic> clinic, String folder,
                      String zipFile, List<Alternate> alternates) {

    /** Language and region as file names carry them, e.g. {@code es-us} or {@code en-gb-sct}. */
    public String tag() {
        return tagOf(language, region.code());
    }

    public static String tagOf(String language, String regionCode) {
        return language + "-" + regionCode.toLowerCase(Locale.ROOT);
    }

    public String cardFile() {
        return prefix() + "emergency-card-" + tag() + ".pdf";
    }

    public String planFile() {
        return prefix() + "prevention-plan-" + tag() + ".pdf";
    }

    /** The whole handbook in large print, as one PDF. */
    public String largePrintFile() {
        return prefix() + "handbook-large-print-" + tag() + ".pdf";
    }

    /** The publication's zip as this edition's pages link to it: it sits at the top of the publication. */
    public String zipLink() {
        return (folder.isEmpty() ? "" : "../") + zipFile;
    }

    private String prefix() {
        return clinic.map(c -> c.id() + "-").orElse("");
    }

    /** The zip's name for a publication of these editions' clinic, languages and regions. */
    public static String zipFileFor(Optional<Clinic> clinic, List<String> tags) {
        return clinic.map(c -> c.id() + "-").orElse("") + "back-spasm-handbook-" + String.join("-", tags) + ".zip";
    }
}
