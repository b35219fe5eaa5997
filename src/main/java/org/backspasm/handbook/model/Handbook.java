package org.backspasm.handbook.model;

import java.util.List;
import java.util.Optional;

/**
 * The whole handbook of one edition: settings, pages in reading order, the immediate steps, the danger signs,
 * and the edition (language, region, clinic) it is for.
 */
public record Handbook(Settings settings, List<Page> pages, List<Step> steps, DangerSigns dangerSigns,
                       List<Jargon> jargon, Edition edition) {

    public static final String HOME = "index";
    public static final String DANGER_SIGNS = "danger-signs";
    public static final String FIRST_HOUR = "first-hour";
    public static final String PREVENTION = "prevention";
    public static final String SOURCES = "sources";
    /** Marks where the breathing guide goes in a page's HTML; the site writer puts the guide there. */
    public static final String BREATHING_GUIDE_SLOT = "<!-- breathing-guide -->";
    /** Where the word for "Step" goes before each step's number; the templates' messages give it per language. */
    public static final String STEP_LABEL_SLOT = "<!-- step -->";
    public static final String STYLESHEET = "style.css";
    public static final String PRINT_FILE = "print.html";
    /** The icon of an edition without a clinic; a clinic's edition uses its logo. */
    public static final String FAVICON = "favicon.svg";

    public Optional<Clinic> clinic() {
        return edition.clinic();
    }

    /** The edition's download: every edition of its publication as one zip. */
    public String zipFile() {
        return edition.zipFile();
    }

    public String cardFile() {
        return edition.cardFile();
    }

    public String planFile() {
        return edition.planFile();
    }

    public String largePrintFile() {
        return edition.largePrintFile();
    }

    public Optional<Page> page(String slug) {
        return pages.stream().filter(p -> p.slug().equals(slug)).findFirst();
    }

    /** For templates: whether an optional page such as sources exists in this content. */
    public boolean hasPage(String slug) {
        return page(slug).isPresent();
    }

    public Page home() {
        return page(HOME).orElseThrow();
    }

    public Page firstHour() {
        return page(FIRST_HOUR).orElseThrow();
    }

    public Page dangerSignsPage() {
        return page(DANGER_SIGNS).orElseThrow();
    }

    public Page prevention() {
        return page(PREVENTION).orElseThrow();
    }
}
