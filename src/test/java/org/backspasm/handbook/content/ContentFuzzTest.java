package org.backspasm.handbook.content;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.backspasm.handbook.problem.ProblemList;
import org.backspasm.handbook.model.PaperSize;
import org.backspasm.handbook.model.Regions;

/**
 * Whatever a clinic types, loading and rendering either work or report problems: no other exception.
 * Without JAZZER_FUZZ these run the saved inputs in src/test/resources/.../ContentFuzzTestInputs/ once each;
 * with JAZZER_FUZZ=1 they fuzz (see the README).
 */
class ContentFuzzTest {

    private static final Regions REGIONS = RegionsLoader.load(Path.of("src/test/resources/fixtures/base/content"),
            "content", new ProblemList());
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    @FuzzTest(maxDuration = "2m")
    void frontMatterAndPages(FuzzedDataProvider data) throws IOException {
        Path content = Files.createTempDirectory("fuzz-content");
        try {
            Path base = Path.of("src/test/resources/fixtures/base/content");
            for (String file : new String[] {"handbook.yml", "regions.yml", "jargon.yml", "danger-signs.md",
                    "first-hour.md", "prevention.md", "sources.md"}) {
                Files.copy(base.resolve(file), content.resolve(file));
            }
            Files.writeString(content.resolve("index.md"), data.consumeRemainingAsString());
            ProblemList problems = new ProblemList();
            var loaded = ContentLoader.load(content, "content", problems);
            assertTrue(loaded.isPresent() || !problems.isEmpty(), "nothing loaded, yet no problem said why");
            loaded.ifPresent(c -> EditionPlanner.generic(c, problems).ifPresent(publication ->
                    publication.editions().forEach(edition -> {
                        ProblemList own = new ProblemList();
                        assertTrue(EditionContent.resolve(c, edition, own).isPresent() || !own.isEmpty(),
                                "no handbook, yet no problem said why");
                    })));
        } finally {
            deleteTree(content);
        }
    }

    @FuzzTest(maxDuration = "2m")
    void settings(FuzzedDataProvider data) throws IOException {
        Path content = Files.createTempDirectory("fuzz-settings");
        try {
            Files.writeString(content.resolve(SettingsLoader.FILE_NAME), data.consumeRemainingAsString());
            ProblemList problems = new ProblemList();
            assertTrue(SettingsLoader.load(content, "content", REGIONS, problems).isPresent() || !problems.isEmpty(),
                    "no settings, yet no problem said why");
            Files.writeString(content.resolve(RegionsLoader.FILE_NAME),
                    Files.readString(content.resolve(SettingsLoader.FILE_NAME)));
            RegionsLoader.load(content, "content", new ProblemList());
        } finally {
            deleteTree(content);
        }
    }

    @FuzzTest(maxDuration = "2m")
    void clinicProfile(FuzzedDataProvider data) throws IOException {
        Path folder = Files.createTempDirectory("fuzz-profile");
        try {
            Path profile = folder.resolve("clinic.yml");
            Files.writeString(profile, data.consumeRemainingAsString());
            ProblemList problems = new ProblemList();
            assertTrue(ClinicLoader.load(profile, "clinic.yml", REGIONS, java.util.List.of("en", "es"), problems)
                    .isPresent() || !problems.isEmpty(), "no profile, yet no problem said why");
        } finally {
            deleteTree(folder);
        }
    }

    @FuzzTest(maxDuration = "2m")
    void markdown(FuzzedDataProvider data) {
        // Rendering runs the allow-list over whatever Markdown made of the input: it reports, never throws, and
        // leaves none of its own line marks in the HTML.
        MarkdownRenderer.Rendered rendered = MARKDOWN.render(data.consumeRemainingAsString());
        assertTrue(org.jsoup.Jsoup.parseBodyFragment(rendered.html()).select("[data-handbook-offset]").isEmpty(),
                "a line mark left in the HTML");
    }

    private static void deleteTree(Path root) throws IOException {
        try (var files = Files.walk(root)) {
            for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
