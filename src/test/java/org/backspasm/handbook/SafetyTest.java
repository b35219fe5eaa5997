package org.backspasm.handbook;

import org.backspasm.handbook.problem.ProblemList;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.backspasm.handbook.cli.Main;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input that is easier to make in code than in a fixture folder, and what reaches a patient's browser. */
class SafetyTest {

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "title|1|missing required key 'title'",
        "language|1|missing required key 'language'",
        "regions|1|missing required key 'regions'",
        "breathing|1|missing required key 'breathing'",
        "nested.in_seconds|5|missing required key 'in_seconds'",
        "nested.out_seconds|5|missing required key 'out_seconds'",
        "review|1|missing required key 'review'",
        "nested.published|9|missing required key 'published'",
        "nested.last|9|missing required key 'last'",
        "nested.next|9|missing required key 'next'",
        "provenance|1|missing required key 'provenance'",
        "nested.publisher|13|missing required key 'publisher'",
        "nested.written_by|13|missing required key 'written_by'",
        "nested.reviewed_by|13|missing required key 'reviewed_by'",
        "nested.feedback|13|missing required key 'feedback'",
        "nested.conflicts_of_interest|13|missing required key 'conflicts_of_interest'",
        "nested.disclaimer|13|missing required key 'disclaimer'"})
    void everyRequiredSettingMissingInTurnIsNamedWithItsLine(String key, int line, String message) throws IOException {
        TestProject project = TestProject.base(temp);
        Path settings = project.path("content/handbook.yml");
        // "nested.x" names a key inside a mapping; a top-level key takes its nested lines with it.
        String prefix = key.startsWith("nested.") ? "  " + key.substring(7) + ":" : key + ":";
        List<String> kept = new ArrayList<>();
        boolean skipping = false;
        for (String row : Files.readAllLines(settings)) {
            boolean top = !row.startsWith(" ");
            if (skipping) {
                if (!top) {
                    continue;
                }
                skipping = false;
            }
            if (row.startsWith(prefix)) {
                skipping = top;
                continue;
            }
            kept.add(row);
        }
        Files.write(settings, kept);
        TestProject.Run run = project.run("check");
        assertEquals(Main.CONTENT_PROBLEMS, run.exitCode());
        assertEquals("content/handbook.yml:" + line + ": " + message, run.errLines().get(0), run.err());
    }

    @Test
    void anOutputPathThatIsAFileIsAUsageError() throws IOException {
        TestProject project = TestProject.base(temp);
        Files.writeString(project.path("site"), "a file, not a folder");
        TestProject.Run run = project.run("build");
        assertEquals(Main.USAGE, run.exitCode());
        assertEquals(List.of("handbook: " + project.path("site") + " is a file, not a folder; choose another output folder"),
                run.errLines());
        assertEquals("a file, not a folder", Files.readString(project.path("site")));
    }

    @Test
    void anOutputFolderThatCannotBeWrittenIsAClearErrorNotACrash() {
        TestProject project = TestProject.base(temp);
        TestProject.Run run = project.run("build", "--output", "/proc/handbook-site");
        assertEquals(Main.USAGE, run.exitCode(), run.err());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().startsWith("handbook: cannot write the output folder /proc/handbook-site ("), run.err());
    }

    @Test
    void aFolderNamedLikeAPageIsAProblemNamingIt() throws IOException {
        TestProject project = TestProject.base(temp);
        Files.createDirectories(project.path("content/notes.md"));
        TestProject.Run run = project.run("check");
        assertEquals(Main.CONTENT_PROBLEMS, run.exitCode());
        assertEquals("content/notes.md: this is a folder; it should be a file", run.errLines().get(0));
    }

    @Test
    void everyProblemIsReportedUpToACap() throws IOException {
        TestProject project = TestProject.base(temp);
        StringBuilder links = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            links.append("[x](missing-").append(i).append(".md)\n\n");
        }
        project.writeStartPage(links.toString());
        TestProject.Run run = project.run("check");
        assertEquals(Main.CONTENT_PROBLEMS, run.exitCode());
        List<String> lines = run.errLines();
        assertEquals(ProblemList.MAX_REPORTED + 2, lines.size());
        assertEquals("…: 50 more problems not shown; fix these first", lines.get(ProblemList.MAX_REPORTED));
        assertEquals("150 problems; fix them and run check again.", lines.get(ProblemList.MAX_REPORTED + 1),
                "the count is of every problem, not of the lines shown");
    }

    @Test
    void aBadDateOnTheCommandLineIsOnePlainLine() {
        TestProject.Run run = TestProject.base(temp).run("check", "--today", "2026-13-01");
        assertEquals(Main.USAGE, run.exitCode());
        assertEquals(List.of("handbook: Invalid value for option '--today': '2026-13-01' is not a date written "
                + "YYYY-MM-DD, such as 2026-12-01 (see 'handbook --help')"), run.errLines());
    }

    @Test
    void aFolderWithNoProfilesIsAnErrorNamingTheFolder() throws IOException {
        TestProject project = TestProject.base(temp);
        Files.createDirectories(project.path("clinics"));
        Files.writeString(project.path("clinics/riverside.yml.txt"), "name: x\n");
        for (String command : List.of("check", "build")) {
            TestProject.Run run = project.run(command, "--clinic", project.path("clinics").toString());
            assertEquals(Main.USAGE, run.exitCode(), command);
            assertEquals(List.of("handbook: no clinic profiles (.yml or .yaml) found in " + project.path("clinics")),
                    run.errLines(), command);
        }
    }

    @Test
    void withATranslationTheCapIsAppliedOnceAndTheCountIsRight() throws IOException {
        TestProject project = TestProject.base(temp).overlay(TestProject.FIXTURES.resolve("translated"));
        StringBuilder links = new StringBuilder();
        for (int i = 0; i < 70; i++) {
            links.append("[x](missing-").append(i).append(".md)\n\n");
        }
        project.writeStartPage(links.toString());
        project.write("content/es/index.md", "---\ntitle: Inicio\nsummary: Qué hacer.\norder: 1\n---\n\n" + links);
        TestProject.Run run = project.run("check");
        List<String> lines = run.errLines().stream().filter(l -> !l.contains(": warning: ")).toList();
        assertEquals(ProblemList.MAX_REPORTED + 2, lines.size(), run.err());
        assertEquals("…: 40 more problems not shown; fix these first", lines.get(ProblemList.MAX_REPORTED), run.err());
        assertEquals("140 problems; fix them and run check again.", lines.get(lines.size() - 1));
    }

    @Test
    void aClinicNamedLikeAScriptShowsAsTextAndAddsNoScript() throws IOException {
        TestProject project = TestProject.base(temp);
        TestProject.copyTree(TestProject.FIXTURES.resolve("clinics"), project.path("clinics"));
        Path profile = project.path("clinics/gb-physio.yml");
        Files.writeString(profile, Files.readString(profile)
                .replace("name: Riverside Physio", "name: \"<script>alert(1)</script>\"")
                .replace("address: 2 River Walk, London SE1 9AA", "address: \"<img src=x onerror=alert(2)>\""));
        TestProject.Run run = project.run("build", "--clinic", profile.toString());
        assertEquals(0, run.exitCode(), run.err());
        Path site = project.path("site/gb-physio");
        assertEquals(List.of(), SiteChecks.scripts(site, SiteChecks.pages(site)));
        Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertTrue(index.select("header").text().contains("<script>alert(1)</script>"), "shown literally");
        assertTrue(index.select("img[onerror]").isEmpty());
        assertTrue(ClinicEditionTest.pdfText(SiteChecks.card(site)).contains("<script>alert(1)</script>"));
        try (Stream<Path> files = Files.list(site)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                assertFalse(Files.readString(file).contains("<script>"), file + " carries the raw tag");
            }
        }
    }

    @Test
    void aPageOfTenThousandLinesBuilds() {
        TestProject project = TestProject.base(temp);
        project.writeStartPage("Walk a little every day.\n".repeat(10_000));
        TestProject.Run run = project.run("build");
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void aHugePageOrParagraphIsAProblemNotAHang() {
        TestProject project = TestProject.base(temp);
        project.writeStartPage("Walk a little every day and rest when you need to.\n".repeat(7_000));
        TestProject.Run run = project.run("check");
        assertEquals(Main.CONTENT_PROBLEMS, run.exitCode());
        assertEquals("content/index.md:7: this paragraph is over 300000 characters long; break it up with blank lines",
                run.errLines().get(0));
        project.writeStartPage("Walk a little every day and rest when you need to.\n\n".repeat(20_000));
        run = project.run("check");
        assertEquals(Main.CONTENT_PROBLEMS, run.exitCode());
        assertTrue(run.errLines().get(0).matches("content/index\\.md: this page is \\d+ characters long; split it into "
                + "pages of at most 1000000 characters"), run.err());
    }

    @Test
    void aLongRightToLeftNameWithEmojiDoesNotCrashAndTheCardFitsOrSaysWhy() throws IOException {
        TestProject project = TestProject.base(temp);
        TestProject.copyTree(TestProject.FIXTURES.resolve("clinics"), project.path("clinics"));
        Path profile = project.path("clinics/gb-physio.yml");
        String name = ("مركز العلاج الطبيعي 🙂 Physio ").repeat(8).substring(0, 200);
        Files.writeString(profile, Files.readString(profile)
                .replace("name: Riverside Physio", "name: \"" + name + "\"")
                .replace("address: 2 River Walk, London SE1 9AA", "address: \"שדרות הים 5, תל אביב 🌊\"")
                .replace("reviewed_by: Sam Patel, chartered physiotherapist", "reviewed_by: \"د. سامي 🩺\""));
        TestProject.Run run = project.run("build", "--clinic", profile.toString());
        assertFalse(run.err().contains("internal error"), run.err());
        if (run.exitCode() == 0) {
            assertTrue(Files.isRegularFile(project.path("site/gb-physio/gb-physio-emergency-card-en-gb-eng.pdf")));
            assertTrue(Files.readString(project.path("site/gb-physio/index.html")).contains(name.strip()));
        } else {
            assertEquals(Main.CONTENT_PROBLEMS, run.exitCode());
            // Either the card cannot fit the name, or its emoji are not in the PDF font: both say so.
            assertTrue(run.err().contains("the emergency card") && run.err().contains("clinic's name")
                    || run.err().contains("is not in the PDF font"), run.err());
        }
    }

    @Test
    void harmlessRawHtmlStays() throws IOException {
        TestProject project = TestProject.base(temp);
        project.writeStartPage("Press <kbd>Enter</kbd>. <abbr title=\"Test\">TST</abbr> says so.");
        assertEquals(0, project.run("build").exitCode());
        Document index = Jsoup.parse(project.path("site/index.html").toFile(), "UTF-8");
        assertEquals("Enter", index.select("main kbd").text());
        assertEquals("Test", index.select("main abbr").attr("title"));
    }
}
