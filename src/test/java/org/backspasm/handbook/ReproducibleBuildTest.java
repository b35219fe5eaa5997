package org.backspasm.handbook;

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
        Build.Result byReview = Build.check(defaults, Optional.empty());
        LocalDate reviewed = byReview.handbook().orElseThrow().settings().review().last();
        assertEquals(reviewed.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), creationDate(byReview));

        Instant epoch = Instant.ofEpochSecond(1_700_000_000L);
        Build.Options fixed = new Build.Options(defaults.projectDir(), defaults.contentDir(), defaults.templatesDir(),
                defaults.outputDir(), defaults.today(), Optional.of(epoch), true, false);
        assertEquals(epoch, creationDate(Build.check(fixed, Optional.empty())));
    }

    private static Instant creationDate(Build.Result result) throws IOException {
        try (PDDocument card = Loader.loadPDF(result.files().get(result.handbook().orElseThrow().cardFile()))) {
            return card.getDocumentInformation().getCreationDate().toInstant();
        }
    }

}
