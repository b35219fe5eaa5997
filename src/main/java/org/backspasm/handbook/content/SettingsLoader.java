package org.backspasm.handbook.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.backspasm.handbook.problem.ProblemList;
import org.backspasm.handbook.model.Breathing;
import org.backspasm.handbook.model.PaperSize;
import org.backspasm.handbook.model.Provenance;
import org.backspasm.handbook.model.Region;
import org.backspasm.handbook.model.Regions;
import org.backspasm.handbook.model.Review;
import org.backspasm.handbook.model.Settings;

/** Reads content/handbook.yml into {@link Settings}. */
final class SettingsLoader {

    static final String FILE_NAME = "handbook.yml";

    private SettingsLoader() {
    }

    /** The settings, and the paper handbook.yml chooses for the generic editions, if it does. */
    record Loaded(Settings settings, Optional<PaperSize> paper) {
    }

    static Optional<Loaded> load(Path contentDir, String shownDir, Regions regions, ProblemList problems) {
        String file = shownDir + "/" + FILE_NAME;
        Optional<YamlFields> parsed = YamlFields.readFile(contentDir.resolve(FILE_NAME), file,
                "settings file not found; it holds the handbook title, region and review dates", problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlFields yaml = parsed.get();
        // 'region' is answered below with what replaced it, not as an unknown key.
        yaml.allowOnly(Set.of("title", "language", "translations", "regions", "breathing", "paper", "review",
                "provenance", "base_url"), Set.of("region"));
        if (yaml.has("region")) {
            problems.add(file, yaml.lineOf("region"), "'region' is now 'regions', one for each language's generic "
                    + "edition, e.g. 'regions: {en: GB-ENG, es: ES}'");
        }

        String language = yaml.text("language");
        boolean languageRead = language.matches("[a-z]{2}(-[A-Z]{2})?");
        if (!language.isEmpty() && !languageRead) {
            problems.add(file, yaml.lineOf("language"), "'language' must be a language code such as 'en', not '"
                    + language + "'");
        }
        Locale locale = Locale.forLanguageTag(language.isEmpty() ? "en" : language);


        YamlFields breathingYaml = yaml.mapping("breathing");
        breathingYaml.allowOnly(Set.of("in_seconds", "out_seconds"));
        Breathing breathing = new Breathing(
                breathingYaml.wholeNumber("in_seconds", 2, 15),
                breathingYaml.wholeNumber("out_seconds", 2, 15));

        Optional<PaperSize> paper = yaml.has("paper") ? Optional.of(Values.paper(yaml, problems)) : Optional.empty();

        YamlFields reviewYaml = yaml.mapping("review");
        reviewYaml.allowOnly(Set.of("published", "last", "next"));
        Optional<LocalDate> published = reviewYaml.date("published");
        Optional<LocalDate> last = reviewYaml.date("last");
        Optional<LocalDate> next = reviewYaml.date("next");
        // A date already reported as malformed is not compared again: one problem, not a knock-on.
        if (published.isPresent() && last.isPresent() && last.get().isBefore(published.get())) {
            problems.add(file, reviewYaml.lineOf("last"), "the last review (" + last.get()
                    + ") cannot come before the first publication (" + published.get() + ")");
        }
        if (last.isPresent() && next.isPresent() && !next.get().isAfter(last.get())) {
            problems.add(file, reviewYaml.lineOf("next"), "the next review (" + next.get()
                    + ") must come after the last review (" + last.get() + ")");
        }
        Optional<Review> review = published.isEmpty() || last.isEmpty() || next.isEmpty() ? Optional.empty()
                : Optional.of(new Review(published.get(), last.get(), next.get(), "d MMMM yyyy",
                        locale.toLanguageTag(), file, reviewYaml.lineOf("next")));

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

        List<String> translations = new ArrayList<>();
        for (String code : yaml.textList("translations")) {
            if (!code.matches("[a-z]{2}") || code.equals(language)) {
                problems.add(file, yaml.lineOf("translations"), "'translations' lists other languages by their "
                        + "two-letter code, such as 'es', not '" + code + "'");
            } else if (!java.nio.file.Files.isDirectory(contentDir.resolve(code))) {
                problems.add(file, yaml.lineOf("translations"), "translation '" + code + "' has no folder "
                        + shownDir + "/" + code + "/");
            } else {
                translations.add(code);
            }
        }
        Map<String, String> editionRegions = new java.util.LinkedHashMap<>();
        YamlFields regionsYaml = yaml.mapping("regions");
        List<String> languages = new ArrayList<>(List.of(language));
        languages.addAll(translations);
        if (languageRead) {
            // With the language itself unreadable, its region cannot be matched: no knock-on problems.
            regionsYaml.allowOnly(Set.copyOf(languages));
        }
        for (String code : yaml.has("regions") && languageRead ? languages : List.<String>of()) {
            if (!regionsYaml.has(code)) {
                problems.add(file, yaml.lineOf("regions"), "'regions' must name the region of the " + code
                        + " edition, e.g. '" + code + ": " + (code.equals("es") ? "ES" : "GB-ENG") + "'");
                continue;
            }
            editionRegions.put(code, Values.regionCode(regionsYaml, code, regions, code, problems));
        }
        Optional<Region> region = regions.find(editionRegions.getOrDefault(language, ""), language);
        Optional<String> baseUrl = yaml.has("base_url")
                ? Optional.of(Values.httpsUrl(yaml, "base_url", problems).replaceFirst("/?$", "/")) : Optional.empty();
        // Every mistake is recorded by now; without a region or the review dates there are no settings to give.
        if (region.isEmpty() || review.isEmpty()) {
            return Optional.empty();
        }
        Settings settings = new Settings(yaml.text("title"), language, List.copyOf(translations),
                Map.copyOf(editionRegions), region.get(), breathing, paper.orElse(region.get().paper()), review.get(),
                provenance, baseUrl);
        return Optional.of(new Loaded(settings, paper));
    }

}
