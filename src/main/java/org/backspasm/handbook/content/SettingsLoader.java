package org.backspasm.handbook.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.backspasm.handbook.ProblemList;
import org.backspasm.handbook.model.Breathing;
import org.backspasm.handbook.model.PaperSize;
import org.backspasm.handbook.model.Provenance;
import org.backspasm.handbook.model.Region;
import org.backspasm.handbook.model.Review;
import org.backspasm.handbook.model.Settings;

/** Reads content/handbook.yml into {@link Settings}. */
final class SettingsLoader {

    static final String FILE_NAME = "handbook.yml";

    /** Phone numbers as dialled: digits, spaces and an optional leading plus. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ]{1,18}[0-9]");
    /** Names that go into Markdown as they are, so no Markdown or HTML syntax. */
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N} .,'’()/-]+");

    private SettingsLoader() {
    }

    static Optional<Settings> load(Path contentDir, String shownDir, ProblemList problems) {
        String file = shownDir + "/" + FILE_NAME;
        Optional<YamlFields> parsed = YamlFields.readFile(contentDir.resolve(FILE_NAME), file,
                "settings file not found; it holds the handbook title, region and review dates", problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlFields yaml = parsed.get();
        yaml.allowOnly(Set.of("title", "language", "region", "breathing", "paper", "review", "provenance"));

        String language = yaml.text("language");
        if (!language.isEmpty() && !language.matches("[a-z]{2}(-[A-Z]{2})?")) {
            problems.add(file, yaml.lineOf("language"), "'language' must be a language code such as 'en', not '"
                    + language + "'");
        }
        Locale locale = Locale.forLanguageTag(language.isEmpty() ? "en" : language);

        YamlFields regionYaml = yaml.mapping("region");
        regionYaml.allowOnly(Set.of("name", "emergency_number", "urgent_name", "urgent_number"));
        Region region = new Region(
                plain(regionYaml, "name", problems),
                phone(regionYaml, "emergency_number", problems),
                plain(regionYaml, "urgent_name", problems),
                phone(regionYaml, "urgent_number", problems));

        YamlFields breathingYaml = yaml.mapping("breathing");
        breathingYaml.allowOnly(Set.of("in_seconds", "out_seconds"));
        Breathing breathing = new Breathing(
                breathingYaml.wholeNumber("in_seconds", 2, 15),
                breathingYaml.wholeNumber("out_seconds", 2, 15));

        PaperSize paper = paper(yaml, problems);

        YamlFields reviewYaml = yaml.mapping("review");
        reviewYaml.allowOnly(Set.of("published", "last", "next"));
        LocalDate published = reviewYaml.date("published");
        LocalDate last = reviewYaml.date("last");
        if (last.isBefore(published)) {
            problems.add(file, reviewYaml.lineOf("last"), "the last review (" + last
                    + ") cannot come before the first publication (" + published + ")");
        }
        LocalDate next = reviewYaml.date("next");
        if (!next.isAfter(last) && !last.equals(LocalDate.EPOCH)) {
            problems.add(file, reviewYaml.lineOf("next"), "the next review (" + next
                    + ") must come after the last review (" + last + ")");
        }
        DateTimeFormatter dates = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        Review review = new Review(published, last, next, dates.format(published), dates.format(last),
                dates.format(next), file, reviewYaml.lineOf("next"));

        YamlFields provenanceYaml = yaml.mapping("provenance");
        provenanceYaml.allowOnly(Set.of("publisher", "written_by", "reviewed_by", "feedback",
                "conflicts_of_interest", "disclaimer"));
        Provenance provenance = new Provenance(
                provenanceYaml.text("publisher"),
                provenanceYaml.text("written_by"),
                provenanceYaml.text("reviewed_by"),
                provenanceYaml.text("feedback"),
                provenanceYaml.text("conflicts_of_interest"),
                provenanceYaml.text("disclaimer"));

        return Optional.of(new Settings(yaml.text("title"), language, region, breathing, paper, review, provenance));
    }

    private static String plain(YamlFields yaml, String key, ProblemList problems) {
        String value = yaml.text(key);
        if (!value.isEmpty() && !PLAIN.matcher(value).matches()) {
            problems.add(yaml.file(), yaml.lineOf(key), "'" + key
                    + "' may hold letters, digits, spaces and . , ' ( ) / - only, not '" + value + "'");
        }
        return value;
    }

    private static String phone(YamlFields yaml, String key, ProblemList problems) {
        String value = yaml.text(key);
        if (!value.isEmpty() && !PHONE.matcher(value).matches()) {
            problems.add(yaml.file(), yaml.lineOf(key), "'" + key
                    + "' must be a phone number as dialled (digits, spaces, optional leading +), not '" + value + "'");
        }
        return value;
    }

    private static PaperSize paper(YamlFields yaml, ProblemList problems) {
        String value = yaml.text("paper");
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "a4" -> PaperSize.A4;
            case "letter" -> PaperSize.LETTER;
            default -> {
                if (!value.isEmpty()) {
                    problems.add(yaml.file(), yaml.lineOf("paper"), "'paper' must be A4 or Letter, not '" + value + "'");
                }
                yield PaperSize.A4;
            }
        };
    }
}
