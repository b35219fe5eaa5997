package org.backspasm.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The card's body text is the largest size, from 14 to 20 pt, at which the card still fits one page. */
class CardSizeTest {

    private static final Pattern SIZE = Pattern.compile("(\\S+\\.pdf): body text ([0-9.]+) pt, the largest from 14 to 20 "
            + "pt that fits one page");

    @TempDir
    Path temp;

    private static double size(TestProject.Run run, String file) {
        Matcher m = SIZE.matcher(run.out());
        while (m.find()) {
            if (m.group(1).equals(file)) {
                return Double.parseDouble(m.group(2));
            }
        }
        throw new AssertionError("no card size for " + file + " in\n" + run.out() + "\nerr:\n" + run.err() + "\nexit " + run.exitCode());
    }

    @Test
    void aCardWithRoomToSpareGetsLargerTypeAndAFullerOneSmaller() throws Exception {
        TestProject project = TestProject.real(temp);
        TestProject.Run run = project.run("check", "--readability");
        assertEquals(0, run.exitCode(), run.err());
        double english = size(run, "emergency-card-en-gb-eng.pdf");
        assertTrue(english > 14 && english <= 20, "English card: " + english + " pt");

        // Two more danger signs leave less room: the size goes down, and the card still fits one page.
        Path signs = project.path("content/danger-signs.md");
        String text = Files.readString(signs);
        Files.writeString(signs, text.replace("- Numb genitals or bottom", "- Numb genitals or bottom\n- A new numb patch\n"
                + "- Sudden weak legs"));
        TestProject.Run fuller = project.run("check", "--readability");
        double smaller = size(fuller, "emergency-card-en-gb-eng.pdf");
        assertTrue(smaller < english, smaller + " pt, before " + english + " pt");

        TestProject.Run built = project.run("build");
        assertEquals(0, built.exitCode(), built.err());
        String info = new String(new ProcessBuilder("pdfinfo", project.path("site/emergency-card-en-gb-eng.pdf")
                .toString()).start().getInputStream().readAllBytes());
        assertTrue(info.contains("Pages:           1"), info);
    }

    /**
     * In a batch each card starts its search at the size the last card of its kind got: that must find the same
     * size the card gets when built alone, whether the card before it had more room or less.
     */
    @Test
    void aCardInABatchGetsTheSizeItGetsAlone() throws Exception {
        // The example clinic (14.5 pt) and a long name on the same paper in the same language (14 pt), twice over.
        Path clinics = temp.resolve("clinics");
        TestProject.copyTree(TestProject.FIXTURES.resolve("clinics-real-life"), clinics);
        for (String other : java.util.List.of("long-physio.yml", "long-name-us-letter.yml", "short-name-us-letter.yml")) {
            Files.delete(clinics.resolve(other));
        }
        String profile = Files.readString(TestProject.REPO.resolve("content/clinics/example.yml"));
        Files.copy(TestProject.REPO.resolve("content/clinics/example-logo.svg"), clinics.resolve("example-logo.svg"));
        Files.writeString(clinics.resolve("a.yml"), profile);
        Files.copy(clinics.resolve("long-name-ie.yml"), clinics.resolve("b.yml"));
        Files.delete(clinics.resolve("long-name-ie.yml"));
        Files.writeString(clinics.resolve("c.yml"), profile.replace("name: Example Physiotherapy", "name: Example Physio"));
        Files.copy(clinics.resolve("b.yml"), clinics.resolve("d.yml"));
        TestProject.Run batch = TestProject.Run.of("check", "--readability", "--project", TestProject.REPO.toString(),
                "--clinic", clinics.toString());
        assertEquals(0, batch.exitCode(), batch.err());
        java.util.Set<Double> sizes = new java.util.HashSet<>();
        for (String id : java.util.List.of("a", "b", "c", "d")) {
            TestProject.Run alone = TestProject.Run.of("check", "--readability", "--project",
                    TestProject.REPO.toString(), "--clinic", clinics.resolve(id + ".yml").toString());
            String card = id + "-emergency-card-" + (id.equals("b") || id.equals("d") ? "en-ie" : "en-gb-eng") + ".pdf";
            assertEquals(size(alone, card), size(batch, card), card);
            sizes.add(size(alone, card));
        }
        assertTrue(sizes.size() > 1, "the long name leaves less room: " + sizes);
    }

    /**
     * The same, in a fixed order, on one renderer: a long name's smaller card first, then the example's (which
     * must not stop at the long name's size just because it fits), then the other way round.
     */
    @Test
    void theSizeTheLastCardGotIsOnlyAStartingPoint() throws Exception {
        Path clinics = temp.resolve("clinics-in-order");
        TestProject.copyTree(TestProject.FIXTURES.resolve("clinics-real-life"), clinics);
        Files.copy(TestProject.REPO.resolve("content/clinics/example-logo.svg"), clinics.resolve("example-logo.svg"));
        Files.copy(TestProject.REPO.resolve("content/clinics/example.yml"), clinics.resolve("example.yml"));
        org.backspasm.handbook.build.Build.Options options = org.backspasm.handbook.build.Build.Options
                .forProject(TestProject.REPO).htmlOnly();
        java.util.List<org.backspasm.handbook.model.Handbook> handbooks = new java.util.ArrayList<>();
        try (org.backspasm.handbook.render.Renderer renderer = TestProject.renderer()) {
            for (String id : java.util.List.of("long-name-ie", "example")) {
                handbooks.add(org.backspasm.handbook.build.Build.check(options, java.util.List.of(java.util.Optional.of(
                        clinics.resolve(id + ".yml"))), renderer).get(0).handbook().orElseThrow());
            }
        }
        java.util.Map<String, Double> alone = new java.util.HashMap<>();
        for (org.backspasm.handbook.model.Handbook handbook : handbooks) {
            try (org.backspasm.handbook.render.Renderer fresh = TestProject.renderer()) {
                alone.put(handbook.cardFile(), cardSize(fresh, handbook));
            }
        }
        assertTrue(alone.get(handbooks.get(0).cardFile()) < alone.get(handbooks.get(1).cardFile()), alone.toString());
        try (org.backspasm.handbook.render.Renderer shared = TestProject.renderer()) {
            for (org.backspasm.handbook.model.Handbook handbook : java.util.List.of(handbooks.get(0), handbooks.get(1),
                    handbooks.get(0), handbooks.get(1))) {
                assertEquals(alone.get(handbook.cardFile()), cardSize(shared, handbook), handbook.cardFile());
            }
        }
    }

    private static double cardSize(org.backspasm.handbook.render.Renderer renderer,
                                   org.backspasm.handbook.model.Handbook handbook) {
        return renderer.card(handbook, TestProject.englishTemplates(renderer), java.time.Instant.EPOCH, TestProject.REPO.resolve("content"),
                new org.backspasm.handbook.problem.ProblemList()).join().orElseThrow().bodyPt();
    }
}
