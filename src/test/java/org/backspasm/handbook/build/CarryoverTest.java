package org.backspasm.handbook.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.backspasm.handbook.TestProject;
import org.backspasm.handbook.check.PageFindings;
import org.backspasm.handbook.content.ContentLoader;
import org.backspasm.handbook.model.Content;
import org.backspasm.handbook.model.Handbook;
import org.backspasm.handbook.problem.ProblemList;
import org.backspasm.handbook.render.Renderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's rebuilds take unchanged pages' bodies and findings from the rebuild before: what they make must
 * be exactly what a fresh build makes, whatever was edited, and only the changed pages may be made again.
 */
class CarryoverTest {

    private static Renderer renderer;

    @BeforeAll
    static void start() {
        renderer = TestProject.renderer();
    }

    @AfterAll
    static void stop() {
        renderer.close();
    }

    /** One edit of the project, and what a build must find after it. */
    private record Edit(String file, UnaryOperator<String> change, String problem) {
    }

    @Test
    void eachRebuildMakesWhatAFreshBuildMakes(@TempDir Path temp) {
        TestProject project = TestProject.real(temp);
        Build.Options options = Build.Options.forProject(project.dir).htmlOnly();
        Carryover carryover = Carryover.none();
        Build.check(options, List.of(Optional.empty()), renderer, carryover);
        carryover = carryover.next();
        List<Edit> edits = List.of(
                // A page: its own words change.
                new Edit("content/first-days.md", text -> text.replace("## How long it takes",
                        "Take 2 tablets every 4 hours.\n\n## How long it takes"), "every 4 hours"),
                // The jargon list: a page that did not change now holds a listed word.
                new Edit("content/jargon.yml", text -> text + "walks: times you go on foot\n", "walks"),
                // The regions: a word of an unchanged page now belongs to another country.
                new Edit("content/regions.yml", text -> text.replace("      1800MEDICARE:\n",
                        "      1800MEDICARE:\n      short walks: little strolls\n"), "short walks"),
                // Another region's numbers: a number on an unchanged page now belongs to it.
                new Edit("content/regions.yml", text -> text.replace("other_numbers: [\"1-800-222-1222\"]",
                        "other_numbers: [\"1-800-222-1222\", \"2022\"]"), "2022"),
                new Edit("content/regions.yml", text -> text.replace(", \"2022\"]", "]"), "short walks"),
                // Back as it was, one file at a time: the problems go again.
                new Edit("content/first-days.md", text -> text.replace("Take 2 tablets every 4 hours.\n\n", ""),
                        "walks"),
                new Edit("content/jargon.yml", text -> text.replace("walks: times you go on foot\n", ""),
                        "short walks"),
                new Edit("content/regions.yml", text -> text.replace("      short walks: little strolls\n", ""),
                        null),
                // A translation: its links now differ from the original's, a page that did not change.
                new Edit("content/es/first-days.md", text -> text + "\nVea [por qué pasa](why-it-happens.md).\n",
                        "links differ from content/first-days.md"),
                new Edit("content/es/first-days.md", text -> text.replace("\nVea [por qué pasa](why-it-happens.md).\n",
                        ""), null),
                // A page whose front matter cannot be read, then read again.
                new Edit("content/heat-or-cold.md", text -> text.replaceFirst("order: [0-9]+", "order: soon"),
                        "order"),
                new Edit("content/heat-or-cold.md", text -> text.replace("order: soon", "order: 5"), null),
                // The regions table with a region code that is not one, then put right.
                new Edit("content/regions.yml", text -> text.replaceFirst("\nGB-ENG:", "\ngb-eng:"), "gb-eng"),
                new Edit("content/regions.yml", text -> text.replace("\ngb-eng:", "\nGB-ENG:"), null),
                // A region an unchanged page's region block names is gone from the table, then back.
                new Edit("content/why-it-happens.md", text -> text + "\n::: region NZ\nKia ora.\n:::\n",
                        "region blocks differ"),
                new Edit("content/regions.yml", text -> text.replace("\nNZ:", "\nNU:"), "why-it-happens.md"),
                new Edit("content/regions.yml", text -> text.replace("\nNU:", "\nNZ:"), "region blocks differ"),
                new Edit("content/why-it-happens.md", text -> text.replace("\n::: region NZ\nKia ora.\n:::\n", ""),
                        null));
        for (Edit edit : edits) {
            project.write(edit.file(), edit.change().apply(read(project.path(edit.file()))));
            Build.Result rebuilt = Build.check(options, List.of(Optional.empty()), renderer, carryover).get(0);
            carryover = carryover.next();
            Build.Result fresh = Build.check(options, List.of(Optional.empty()), renderer).get(0);
            assertEquals(fresh.problems(), rebuilt.problems(), edit.file());
            assertEquals(fresh.warnings(), rebuilt.warnings(), edit.file());
            assertEquals(fresh.readability(), rebuilt.readability(), edit.file());
            assertSameFiles(fresh.files(), rebuilt.files(), edit.file());
            assertEquals(edit.problem() == null, rebuilt.ok(), edit.file() + ": " + rebuilt.problems());
            if (edit.problem() != null) {
                assertTrue(rebuilt.problems().stream().anyMatch(p -> p.toString().contains(edit.problem())),
                        edit.file() + ": " + rebuilt.problems());
            }
        }
    }

    @Test
    void onlyChangedPagesAreCheckedAgainAndUnusedFindingsAreLetGo(@TempDir Path temp) {
        TestProject project = TestProject.real(temp);
        Content before = load(project);
        Handbook first = handbook(project);
        PageFindings findings = new PageFindings();
        List<PageFindings.Found> one = findings.of(first, before.regions());

        project.write("content/first-days.md", read(project.path("content/first-days.md"))
                .replace("## How long it takes", "A new line.\n\n## How long it takes"));
        Handbook second = handbook(project);
        PageFindings next = findings.next();
        List<PageFindings.Found> two = next.of(second, before.regions());
        int changed = indexOf(second, "content/first-days.md");
        for (int i = 0; i < one.size(); i++) {
            if (i == changed) {
                assertNotSame(one.get(i), two.get(i), "the edited page is measured again");
            } else {
                assertSame(one.get(i), two.get(i), "an unchanged page is taken as it was: " + i);
            }
        }
        // The edited page's first findings were not used by the second run, so the third does not get them.
        List<PageFindings.Found> three = next.next().of(first, before.regions());
        assertNotSame(one.get(changed), three.get(changed));
        assertEquals(one.get(changed).prose(), three.get(changed).prose(), "measured again, to the same figures");
        assertEquals(one.get(changed).problems().toList(), three.get(changed).problems().toList());
        assertSame(two.get(0), three.get(0));
    }

    /** A picture edit reaches every PDF that shows it, though the PDFs' HTML is the same as before. */
    @Test
    void anEditedPictureIsLaidOutAgain(@TempDir Path temp) {
        TestProject project = TestProject.real(temp);
        Build.Options options = Build.Options.forProject(project.dir);
        Build.Result before = Build.check(options, List.of(Optional.empty()), renderer).get(0);
        String largePrint = before.handbook().orElseThrow().largePrintFile();
        String figure = "content/figures/all-fours.svg";
        project.write(figure, read(project.path(figure)).replace("#6b6b6b", "#202020"));
        Build.Result after = Build.check(options, List.of(Optional.empty()), renderer).get(0);
        assertFalse(Arrays.equals(before.files().get(largePrint), after.files().get(largePrint)));
        try (Renderer fresh = TestProject.renderer()) {
            Build.Result alone = Build.check(options, List.of(Optional.empty()), fresh).get(0);
            assertSameFiles(alone.files(), after.files(), figure);
        }
    }

    private static Content load(TestProject project) {
        return ContentLoader.load(project.path("content"), "content", new ProblemList()).orElseThrow();
    }

    private static Handbook handbook(TestProject project) {
        return Build.check(Build.Options.forProject(project.dir).htmlOnly(), List.of(Optional.empty()), renderer)
                .get(0).handbook().orElseThrow();
    }

    private static int indexOf(Handbook handbook, String source) {
        for (int i = 0; i < handbook.pages().size(); i++) {
            if (handbook.pages().get(i).source().equals(source)) {
                return i;
            }
        }
        throw new AssertionError(source);
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual, String edit) {
        assertEquals(expected.keySet(), actual.keySet(), edit);
        for (String name : expected.keySet()) {
            assertTrue(Arrays.equals(expected.get(name), actual.get(name)), edit + ": " + name);
        }
    }

    private static String read(Path file) {
        try {
            return java.nio.file.Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
