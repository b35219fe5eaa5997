package org.backspasm.handbook.content;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.backspasm.handbook.problem.ProblemList;
import org.backspasm.handbook.model.Provenance;
import org.backspasm.handbook.model.Review;
import org.backspasm.handbook.model.Settings;

/** A translation's own words for the handbook settings: content/&lt;code&gt;/language.yml. */
final class LanguageTexts {

    static final String FILE_NAME = "language.yml";

    private LanguageTexts() {
    }

    /** The settings in {@code language}. */
    static Optional<Settings> apply(Settings settings, String language, Path dir, String shownDir,
                                    ProblemList problems) {
        String file = shownDir + "/" + FILE_NAME;
        Optional<YamlFields> parsed = YamlFields.readFile(dir.resolve(FILE_NAME), file,
                "language file not found; it holds this language's title, provenance texts and date format", problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlFields yaml = parsed.get();
        yaml.allowOnly(Set.of("title", "written_by", "reviewed_by", "feedback", "conflicts_of_interest",
                "disclaimer", "date_format"));
        if (yaml.has("urgent_names")) {
            problems.add(file, yaml.lineOf("urgent_names"), "'urgent_names' has moved: each region's same-day route "
                    + "is named in content/regions.yml, under the region's '" + language + "' texts");
        }
        Provenance english = settings.provenance();
        Provenance translated = new Provenance(english.publisher(), yaml.text("written_by"),
                yaml.text("reviewed_by"), yaml.text("feedback"),
                yaml.text("conflicts_of_interest"), yaml.text("disclaimer"));
        try {
            DateTimeFormatter.ofPattern(yaml.text("date_format"), Locale.forLanguageTag(language))
                    .format(settings.review().next());
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            problems.add(file, yaml.lineOf("date_format"), "'date_format' is not a date pattern: " + e.getMessage());
            return Optional.empty();
        }
        Review written = settings.review().writtenIn(yaml.text("date_format"), language);
        Settings inLanguage = settings.inLanguage(language, yaml.text("title"), translated, written);
        return Optional.of(inLanguage);
    }
}
