package org.backspasm.handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.backspasm.handbook.problem.ProblemList;
import org.backspasm.handbook.TestProject;
import org.backspasm.handbook.model.Content;
import org.backspasm.handbook.model.Problem;
import org.backspasm.handbook.model.SourcePage;
import org.backspasm.handbook.model.Waiver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading content/ into pages: front matter, steps, exceptions, order, and the size limits at their edge. */
class ContentLoaderTest {

    @TempDir
    Path temp;

    private Path content;
    private final ProblemList problems = new ProblemList();

    @BeforeEach
    void copyBase() {
        content = temp.resolve("content");
        TestProject.copyTree(TestProject.FIXTURES.resolve("base/content"), content);
    }

    private Optional<Content> load() {
        return ContentLoader.load(content, "content", problems);
    }

    private void page(String name, String frontMatter, String body) throws IOException {
        Files.writeString(content.resolve(name), "---\n" + frontMatter + "---\n\n" + body);
    }

    @Test
    void pagesAreInTheirOrderWithTheirLinesAndSteps() {
        List<SourcePage> pages = load().orElseThrow().base().pages();
        assertEquals(List.of(), problems.toList());
        assertEquals(List.of("index", "danger-signs", "first-hour", "prevention", "sources"),
                pages.stream().map(SourcePage::slug).toList());
        SourcePage firstHour = pages.get(2);
        assertEquals("content/first-hour.md", firstHour.source());
        assertEquals(11, firstHour.bodyLine());
        assertEquals(List.of(new SourcePage.StepSource("stay-calm", "Stay calm.", 6, 6, 7),
                new SourcePage.StepSource("breathe", "Breathe in for {{breathe_in}}, out for {{breathe_out}}.", 8, 8, 9)),
                firstHour.steps());
        assertEquals("The first hour", firstHour.title());
        assertEquals("The first hour", firstHour.navTitle(), "the title stands in for a missing nav_title");
    }

    @Test
    void aStepWithAnUnknownKeyIsNamed() throws IOException {
        Path page = content.resolve("first-hour.md");
        Files.writeString(page, Files.readString(page).replace("    card: Stay calm.\n", "    card: Stay calm.\n    crad: x\n"));
        load();
        assertEquals(List.of(new Problem("content/first-hour.md", 8, "unknown key 'crad' (did you mean 'card'?)")),
                problems.toList());
    }

    @Test
    void stepsElsewhereOrEmptyAreNamed() throws IOException {
        page("extra.md", "title: Extra\nsummary: More.\norder: 9\nsteps: []\n", "Text.\n");
        load();
        assertEquals(List.of(new Problem("content/extra.md", 5, "'steps' belongs in first-hour.md only")),
                problems.toList());
    }

    @Test
    void anExceptionNeedsAReasonOfFourWordsOrMore() throws IOException {
        page("extra.md", "title: Extra\nsummary: More.\norder: 9\nexceptions:\n  jargon: Too few words\n"
                + "  readability: The quoted titles need it\n", "Text.\n");
        Optional<Content> loaded = load();
        assertEquals(List.of(new Problem("content/extra.md", 6, "the exception to 'jargon' needs a written reason (a "
                + "sentence saying why this page cannot follow the rule)")), problems.toList());
        assertTrue(loaded.isEmpty());
        ProblemList again = new ProblemList();
        page("extra.md", "title: Extra\nsummary: More.\norder: 9\nexceptions:\n  readability: The quoted titles need it\n",
                "Text.\n");
        SourcePage extra = ContentLoader.load(content, "content", again).orElseThrow().base().page("extra").orElseThrow();
        assertEquals(List.of(new Waiver("readability", "The quoted titles need it", 6)), extra.waivers());
    }

    @Test
    void aPageOfExactlyTheLimitIsReadAndOneCharacterMoreIsNot() throws IOException {
        String head = "---\ntitle: Extra\nsummary: More.\norder: 9\n---\n\n";
        StringBuilder body = new StringBuilder();
        while (head.length() + body.length() < ContentLoader.MAX_PAGE_CHARS - 100) {
            body.append("word ".repeat(19)).append("word.\n\n");
        }
        body.append("x".repeat(ContentLoader.MAX_PAGE_CHARS - head.length() - body.length()));
        Files.writeString(content.resolve("extra.md"), head + body);
        load();
        assertTrue(problems.toList().stream().noneMatch(p -> p.message().contains("characters long")),
                problems.toList().toString());
        ProblemList over = new ProblemList();
        Files.writeString(content.resolve("extra.md"), head + body + "y");
        ContentLoader.load(content, "content", over);
        assertEquals(List.of(new Problem("content/extra.md", 0, "this page is 1000001 characters long; split it into "
                + "pages of at most 1000000 characters")), over.toList());
    }

    @Test
    void aParagraphOverTheLimitIsNamedAtItsFirstLine() throws IOException {
        // Each line counts with its line break: 3 lines of 99,999 characters make 300,000, the limit.
        String line = "x".repeat(99_999) + "\n";
        page("extra.md", "title: Extra\nsummary: More.\norder: 9\n", "Short one.\n\n" + line.repeat(3) + "\n"
                + "Another.\n");
        load();
        assertTrue(problems.toList().stream().noneMatch(p -> p.message().contains("paragraph")), problems.toList().toString());
        ProblemList over = new ProblemList();
        page("extra.md", "title: Extra\nsummary: More.\norder: 9\n", "Short one.\n\n" + line.repeat(3) + "y\n");
        ContentLoader.load(content, "content", over);
        assertEquals(List.of(new Problem("content/extra.md", 9, "this paragraph is over 300000 characters long; break "
                + "it up with blank lines")), over.toList());
    }

    @Test
    void frontMatterMustOpenAndClose() throws IOException {
        Files.writeString(content.resolve("extra.md"), "title: x\n");
        Files.writeString(content.resolve("more.md"), "---\ntitle: x\n");
        load();
        assertEquals(List.of(new Problem("content/extra.md", 1, "missing front matter: start the file with a '---' "
                        + "line, then title, summary and order, then another '---' line"),
                new Problem("content/more.md", 1, "front matter is not closed: add a '---' line after it")),
                problems.toList());
    }

    @Test
    void aTitleWithATabIsNamed() throws IOException {
        page("extra.md", "title: \"A\\ttitle\"\nsummary: More.\norder: 9\n", "Text.\n");
        load();
        assertEquals(List.of(new Problem("content/extra.md", 2, "'title' must be one line of text, without line breaks "
                + "or tabs")), problems.toList());
    }

    @Test
    void aRequiredPageThatIsMissingIsNamed() throws IOException {
        Files.delete(content.resolve("prevention.md"));
        load();
        assertEquals(List.of(new Problem("content/prevention.md", 0, "required page is missing")), problems.toList());
    }
}
