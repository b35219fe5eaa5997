package org.backspasm.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.backspasm.handbook.check.CardChecker;
import org.backspasm.handbook.check.ContentChecker;
import org.backspasm.handbook.check.Prose;
import org.backspasm.handbook.model.Handbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The handout standard on the real content, and the measures the rules rest on. */
class ContentRulesTest {

    @TempDir
    Path temp;

    @Test
    void realContentPassesEveryRuleAndCheckPrintsItsWrittenExceptions() {
        TestProject.Run run = TestProject.Run.of("check", "--project", TestProject.REPO.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("content/sources.md:7: note: exception to 'jargon': "), run.out());
    }

    @Test
    void cardTextReadBackFromThePdfMeetsTheCardLimits() throws IOException {
        Path site = temp.resolve("site");
        assertEquals(0, TestProject.Run.of("build", "--project", TestProject.REPO.toString(), "--output",
                site.toString()).exitCode());
        try (PDDocument card = Loader.loadPDF(SiteChecks.card(site).toFile())) {
            String text = new PDFTextStripper().getText(card);
            int words = Prose.words(text).size();
            assertTrue(words <= CardChecker.MAX_WORDS, "card words: " + words);
            assertTrue(words > 100, "card suspiciously short: " + words);
            // PDF text loses list-item boundaries, so read each line as a sentence, like the card's bullets.
            Prose prose = Prose.ofBlocks(text.lines().filter(l -> !l.isBlank()).toList());
            assertTrue(prose.grade() <= CardChecker.MAX_GRADE, "card grade " + prose.grade());
            assertTrue(prose.ease() >= CardChecker.MIN_EASE, "card ease " + prose.ease());
        }
    }

    @Test
    void fleschFormulasGiveTheTextbookFigures() {
        Prose simple = Prose.ofBlocks(List.of("The cat sat on the mat."));
        assertEquals(6, simple.words());
        assertEquals(6, simple.syllables());
        assertEquals(0.39 * 6 + 11.8 - 15.59, simple.grade(), 1e-9);
        assertEquals(206.835 - 1.015 * 6 - 84.6, simple.ease(), 1e-9);

        Prose hard = Prose.ofBlocks(List.of("Musculoskeletal pathology necessitates comprehensive evaluation."));
        assertTrue(hard.grade() > 15, "grade " + hard.grade());
    }

    @Test
    void eachParagraphAndListItemIsASentenceAndHeadingsAndTablesAreLeftOut() {
        Prose prose = Prose.ofHtml("<h2>A very long heading that would count</h2><p>One. Two three.</p>"
                + "<ul><li>Four five</li><li>Six</li></ul><table><tr><td>Seven eight nine</td></tr></table>");
        assertEquals(List.of("One.", "Two three.", "Four five", "Six"), prose.sentences());
        assertEquals(6, prose.words());
    }

    @Test
    void doseRuleCatchesUnitsAndCountsButNotExerciseDoses() {
        TestProject project = TestProject.base(temp);
        project.writeStartPage("Do 2 or 3 sessions a week. Walk for 30 minutes. Hold for 5 seconds.");
        TestProject.Run ok = project.run("check");
        assertEquals(0, ok.exitCode(), ok.err());
        for (String dose : List.of("Take 200mg.", "Take 1 to 2 tablets.", "Use 5 ml.", "Two capsules help.")) {
            project.writeStartPage(dose);
            TestProject.Run run = project.run("check");
            assertEquals(1, run.exitCode(), dose);
            assertTrue(run.err().contains("reads as a medicine dose"), run.err());
        }
    }

    @Test
    void reviewDatesWarnWithinNinetyDaysAndFailAfter() {
        TestProject project = TestProject.base(temp);
        // The fixture's next review is 2028-01-01.
        assertEquals("", project.run("check", "--today", "2027-10-01").err());
        TestProject.Run soon = project.run("check", "--today", "2027-10-03");
        assertEquals(0, soon.exitCode());
        assertTrue(soon.err().contains("warning: the next review is due on 2028-01-01, in 90 days"), soon.err());
        assertEquals(0, project.run("check", "--today", "2028-01-01").exitCode());
        assertEquals(1, project.run("check", "--today", "2028-01-02").exitCode());
        assertEquals(90, ContentChecker.REVIEW_WARNING_DAYS);
    }

    /**
     * Pages are checked side by side, yet the problems come out in page order (index, danger signs, first hour,
     * prevention, sources), the same on every run.
     */
    @Test
    void problemsFromPagesCheckedSideBySideAreListedInPageOrder() throws IOException {
        TestProject project = TestProject.base(temp);
        for (String page : List.of("sources.md", "index.md", "prevention.md", "danger-signs.md", "first-hour.md")) {
            java.nio.file.Path file = project.path("content/" + page);
            java.nio.file.Files.writeString(file, java.nio.file.Files.readString(file)
                    + "\nTake 400 mg of it.\n\nThe 911 line is for the United States.\n");
        }
        List<String> first = null;
        for (int run = 0; run < 3; run++) {
            TestProject.Run check = project.run("check");
            assertEquals(org.backspasm.handbook.cli.Main.CONTENT_PROBLEMS, check.exitCode(), check.err());
            List<String> files = check.errLines().stream().filter(l -> l.startsWith("content/"))
                    .map(l -> l.substring(0, l.indexOf(':'))).distinct().toList();
            assertEquals(List.of("content/index.md", "content/danger-signs.md", "content/first-hour.md",
                    "content/prevention.md", "content/sources.md"), files, check.err());
            if (first == null) {
                first = check.errLines();
            }
            assertEquals(first, check.errLines(), "the same report on every run");
        }
    }
}
