package org.backspasm.handbook;

import java.util.List;
import org.backspasm.handbook.render.Renderer;
import org.backspasm.handbook.build.Build;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.backspasm.handbook.model.Handbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same inputs give byte-identical output: pages, stylesheet, PDFs and zip. */
class ReproducibleBuildTest {

    /** One renderer for the whole test class, as one command has. */
    private static final Renderer RENDERER = TestProject.renderer();

    @TempDir
    Path temp;

    @Test
    void buildingTwiceIntoDifferentFoldersGivesTheSameBytes() throws IOException, InterruptedException {
        Path clinics = temp.resolve("clinics");
        TestProject.copyTree(TestProject.FIXTURES.resolve("clinics"), clinics);
        ClinicEditionTest.writePngLogo(clinics.resolve("lakeside-logo.png"));
        for (String run : new String[] {"first", "second"}) {
            assertEquals(0, TestProject.Run.of("build", "--project", TestProject.REPO.toString(), "--output",
                    temp.resolve(run).toString()).exitCode());
            assertEquals(0, TestProject.Run.of("build", "--project", TestProject.REPO.toString(), "--output",
                    temp.resolve(run + "-clinics").toString(), "--clinic", clinics.toString()).exitCode());
            Thread.sleep(1100); // a clock-based date or id would now differ
        }
        Map<String, String> first = TestProject.hashes(temp.resolve("first"));
        assertTrue(first.keySet().containsAll(java.util.List.of("emergency-card-en-gb-eng.pdf",
                "prevention-plan-en-gb-eng.pdf", "back-spasm-handbook-en-gb-eng-es-es.zip", "style.css", "index.html")), first.keySet().toString());
        assertEquals(first, TestProject.hashes(temp.resolve("second")));
        assertEquals(TestProject.hashes(temp.resolve("first-clinics")), TestProject.hashes(temp.resolve("second-clinics")));
    }

    @Test
    void pdfDatesComeFromTheLastReviewOrSourceDateEpoch() throws IOException {
        Build.Options defaults = Build.Options.forProject(TestProject.REPO);
        Build.Result byReview = Build.check(defaults, List.of(Optional.empty()), RENDERER).get(0);
        LocalDate reviewed = byReview.handbook().orElseThrow().settings().review().last();
        assertEquals(reviewed.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), creationDate(byReview));

        Instant epoch = Instant.ofEpochSecond(1_700_000_000L);
        Build.Options fixed = new Build.Options(defaults.projectDir(), defaults.contentDir(), defaults.templatesDir(),
                defaults.outputDir(), defaults.today(), Optional.of(epoch), true, false);
        assertEquals(epoch, creationDate(Build.check(fixed, List.of(Optional.empty()), RENDERER).get(0)));
    }

    private static Instant creationDate(Build.Result result) throws IOException {
        try (PDDocument card = Loader.loadPDF(result.files().get(result.handbook().orElseThrow().cardFile()))) {
            return card.getDocumentInformation().getCreationDate().toInstant();
        }
    }


    /**
     * Two separate JVMs, in other time zones and languages, building copies of the project in two different
     * folders, write the same bytes: pages, PDFs and zip.
     */
    @Test
    void separateProcessesInOtherTimeZonesLanguagesAndFoldersGiveTheSameBytes() throws Exception {
        Map<String, String> first = buildInOwnProcess(temp.resolve("a/one"), "Pacific/Kiritimati", "es_ES.UTF-8");
        Map<String, String> second = buildInOwnProcess(temp.resolve("b/two/deeper"), "America/Los_Angeles", "C.UTF-8");
        assertTrue(first.keySet().stream().anyMatch(name -> name.endsWith(".zip")), first.keySet().toString());
        assertEquals(first, second);
    }

    private static Map<String, String> buildInOwnProcess(Path folder, String zone, String lang) throws Exception {
        TestProject.copyTree(TestProject.REPO.resolve("content"), folder.resolve("content"));
        TestProject.copyTree(TestProject.REPO.resolve("templates"), folder.resolve("templates"));
        ProcessBuilder process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.backspasm.handbook.cli.Main", "build",
                "--project", folder.toString());
        process.environment().put("TZ", zone);
        process.environment().put("LANG", lang);
        process.environment().put("LC_ALL", lang);
        process.environment().remove("SOURCE_DATE_EPOCH");
        process.redirectErrorStream(true);
        process.redirectOutput(folder.resolve("build.log").toFile());
        assertEquals(0, process.start().waitFor(), Files.readString(folder.resolve("build.log")));
        return TestProject.hashes(folder.resolve("site"));
    }
}
