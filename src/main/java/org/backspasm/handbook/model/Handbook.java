package org.backspasm.handbook.model;

import java.util.List;
import java.util.Optional;

/**
 * The whole handbook of one edition: settings, pages in reading order, the immediate steps, the danger signs,
 * and the clinic that publishes it, if any.
 */
public record Handbook(Settings settings, List<Page> pages, List<Step> steps, DangerSigns dangerSigns,
                       List<Jargon> jargon, Optional<Clinic> clinic) {

    public static final String HOME = "index";
    public static final String DANGER_SIGNS = "danger-signs";
    public static final String FIRST_HOUR = "first-hour";
    public static final String PREVENTION = "prevention";
    public static final String SOURCES = "sources";
    public static final String CARD_FILE = "emergency-card.pdf";
    public static final String PLAN_FILE = "prevention-plan.pdf";
    public static final String STYLESHEET = "style.css";
    public static final String PRINT_FILE = "print.html";

    /** The edition's download: the whole edition as one zip, named after the edition. */
    public String zipFile() {
        return zipFileFor(clinic);
    }

    public static String zipFileFor(Optional<Clinic> clinic) {
        return clinic.map(Clinic::id).orElse("back-spasm-handbook") + ".zip";
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
