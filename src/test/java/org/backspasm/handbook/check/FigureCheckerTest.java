package org.backspasm.handbook.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.backspasm.handbook.problem.ProblemList;
import org.backspasm.handbook.model.Figure;
import org.backspasm.handbook.model.Page;
import org.backspasm.handbook.model.Problem;
import org.backspasm.handbook.model.Waiver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The picture rules, on pages made by hand. */
class FigureCheckerTest {

    private static final String GENTLE = "<h2 id=\"before-you-start\">Before</h2><h3 id=\"leg-pain\">Leg</h3>"
            + "<h2 id=\"floor\">Floor</h2><h2 id=\"skip\">Skip</h2><h2 id=\"key-points\">Key</h2>";
    private static final String PLAN = "<h2 id=\"why\">Why</h2><h3 id=\"ex-early\">Early</h3><h2 id=\"starter\">S</h2>"
            + "<h3 id=\"ex-tilts\">Tilts</h3><h3 id=\"ex-walk\">Walk</h3><h2 id=\"weekly-plan\">W</h2><h3 id=\"ex-late\">L</h3>";

    private static Page page(String slug, String html, List<Figure> figures, List<Waiver> waivers) {
        List<String> lines = List.of("---", "title: t", "---", "text", "## Floor {#floor}");
        return new Page(slug, "content/" + slug + ".md", slug, slug, "", 1, html, List.of(), figures, Set.of(),
                java.util.Map.of("floor", 5), lines, 4, List.of(4, 5), List.of(), waivers);
    }

    private static List<String> problems(Page page) {
        ProblemList problems = new ProblemList();
        FigureChecker.checkPage(page, problems);
        return problems.toList().stream().map(Problem::toString).toList();
    }

    private static Figure figure(String file, String alt, String caption, String section) {
        return new Figure(file, alt, caption, section, 9);
    }

    @Test
    void wordsForAScreenReaderNeedThreeWordsAndNotTheFileName() {
        String file = "figures/knee-rolls.svg";
        for (String alt : List.of("Knees tipped sideways", "Lying face up, knees tipped")) {
            assertEquals(List.of(), problems(page("index", "", List.of(figure(file, alt, "Roll", "")), List.of())), alt);
        }
        for (String alt : List.of("Knees sideways", "knee-rolls", "Knee Rolls", "knee-rolls.svg", "other.png",
                "photo.JPEG", "")) {
            assertEquals(1, problems(page("index", "", List.of(figure(file, alt, "Roll", "")), List.of())).size(), alt);
        }
        assertEquals(List.of("content/index.md:9: the picture 'figures/knee-rolls.svg' has no caption; add it in quotes "
                + "after the file name: ![Knees tipped sideways](figures/knee-rolls.svg \"What to do\")"),
                problems(page("index", "", List.of(figure(file, "Knees tipped sideways", "", "")), List.of())));
    }

    @Test
    void theMovementSectionsAreThoseOfTheThreePagesAndNoOthers() {
        assertEquals(List.of("floor"), FigureChecker.needingPictures(page("gentle-movements", GENTLE, List.of(), List.of()))
                .stream().map(FigureChecker.Section::id).toList());
        assertEquals(List.of("ex-tilts", "ex-walk"), FigureChecker.needingPictures(page("prevention", PLAN, List.of(),
                List.of())).stream().map(FigureChecker.Section::id).toList());
        assertEquals(List.of("find-a-position"), FigureChecker.needingPictures(page("first-hour",
                "<h2 id=\"stay-calm\">Calm</h2><h2 id=\"find-a-position\"><span class=\"step-number\">Step 2</span>"
                        + "Find</h2>", List.of(), List.of())).stream().map(FigureChecker.Section::id).toList());
        assertEquals("Find", FigureChecker.needingPictures(page("first-hour", "<h2 id=\"find-a-position\">"
                + "<span class=\"step-number\">Step 2</span>Find</h2>", List.of(), List.of())).get(0).title());
        assertEquals(List.of(), FigureChecker.needingPictures(page("first-hour", "<h2 id=\"stay-calm\">C</h2>",
                List.of(), List.of())));
        assertEquals(List.of(), FigureChecker.needingPictures(page("why-it-happens", GENTLE, List.of(), List.of())));
    }

    @Test
    void aSectionWithoutAPictureIsAProblemUnlessExcusedForASectionThatExists() {
        assertEquals(List.of("content/gentle-movements.md:5: the section 'Floor' has no picture; add one on a line of "
                + "its own, e.g. ![What the position is, in words](figures/…svg \"What to do\"), or excuse it with a "
                + "reason under exceptions: figures: floor: …"), problems(page("gentle-movements", GENTLE, List.of(),
                List.of())));
        Figure elsewhere = figure("figures/a.svg", "Lying face up here", "Lie", "skip");
        assertEquals(1, problems(page("gentle-movements", GENTLE, List.of(elsewhere), List.of())).size(),
                "a picture under another heading does not count");
        Figure here = figure("figures/a.svg", "Lying face up here", "Lie", "floor");
        assertEquals(List.of(), problems(page("gentle-movements", GENTLE, List.of(here), List.of())));
        Waiver excused = new Waiver("figure:floor", "We show this one in the clinic.", 3);
        assertEquals(List.of(), problems(page("gentle-movements", GENTLE, List.of(), List.of(excused))));
        Waiver unknown = new Waiver("figure:swimming", "We show this one in the pool.", 3);
        assertEquals(List.of("content/gentle-movements.md:3: exceptions: figures: 'swimming' is not a section of this "
                + "page that needs a picture (those are: floor)"), problems(page("gentle-movements", GENTLE,
                List.of(here), List.of(unknown))));
        assertEquals(List.of("content/index.md:3: exceptions: figures: 'swimming' is not a section of this page that "
                + "needs a picture"), problems(page("index", "", List.of(), List.of(unknown))));
        Waiver otherRule = new Waiver("jargon", "Titles are shown as published.", 3);
        assertEquals(List.of(), problems(page("index", "", List.of(), List.of(otherRule))));
    }

    @Test
    void aDrawingNoPageShowsIsFound(@TempDir Path content) throws IOException {
        Files.createDirectories(content.resolve("figures/old"));
        Files.writeString(content.resolve("figures/a.svg"), "<svg/>");
        Files.writeString(content.resolve("figures/b.svg"), "<svg/>");
        assertEquals(List.of("figures/b.svg"), FigureChecker.unshown(content, Set.of("figures/a.svg", "other.png")));
        assertEquals(List.of(), FigureChecker.unshown(content, Set.of("figures/a.svg", "figures/b.svg")));
    }
}
