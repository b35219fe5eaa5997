package org.backspasm.handbook.content;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.backspasm.handbook.ProblemList;
import org.backspasm.handbook.model.Provenance;
import org.backspasm.handbook.model.Review;
import org.backspasm.handbook.model.Settings;

/** A translation's own words for the handbook settings: content/&lt;code&gt;/language.yml. */
final class LanguageTexts {

    static final String FILE_NAME = "language.yml";

    private LanguageTexts() {
    }

    /** The settings in {@code language}; a clinic's own name and reviewer stay as the clinic wrote them. */
    static Optional<Settings> apply(Settings settings, String language, Path dir, String shownDir, boolean clinic,
                                    ProblemList problems) {
        String file = shownDir + "/" + FILE_NAME;
        Optional<YamlFields> parsed = YamlFields.readFile(dir.resolve(FILE_NAME), file,
                "language file not found; it holds this language's title, provenance texts and date format", problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlFields yaml = parsed.get();
        yaml.allowOnly(Set.of("title", "written_by", "reviewed_by", "feedback", "conflicts_of_interest",
                "disclaimer", "date_format", "urgent_names"));
        Provenance english = settings.provenance();
        Provenance translated = new Provenance(english.publisher(), yaml.text("written_by"),
                clinic ? english.reviewedBy() : yaml.text("reviewed_by"),
                clinic ? english.feedback() : yaml.text("feedback"),
                yaml.text("conflicts_of_interest"), yaml.text("disclaimer"));
        DateTimeFormatter dates;
        try {
            dates = DateTimeFormatter.ofPattern(yaml.text("date_format"), Locale.forLanguageTag(language));
        } catch (IllegalArgumentException e) {
            problems.add(file, yaml.lineOf("date_format"), "'date_format' is not a date pattern: " + e.getMessage());
            return Optional.empty();
        }
        Review review = settings.review();
        Review written = new Review(review.published(), review.last(), review.next(), dates.format(review.published()),
                dates.format(review.last()), dates.format(review.next()), review.file(), review.line());
        Settings inLanguage = settings.inLanguage(language, yaml.text("title"), translated, written);
        if (yaml.has("urgent_names")) {
            // The same-day route's name in this language, by region code; the number stays the region's.
            YamlFields names = yaml.mapping("urgent_names");
            String code = settings.region().code();
            if (names.has(code)) {
                org.backspasm.handbook.model.Region r = settings.region();
                inLanguage = inLanguage.withRegion(new org.backspasm.handbook.model.Region(r.code(), r.name(),
                        r.emergencyNumber(), Values.plain(names, code, problems), r.urgentNumber(), r.paper()));
            }
        }
        return Optional.of(inLanguage);
    }
}
