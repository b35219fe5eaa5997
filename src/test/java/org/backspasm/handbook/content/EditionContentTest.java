package org.backspasm.handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.backspasm.handbook.problem.ProblemList;
import org.backspasm.handbook.TestProject;
import org.backspasm.handbook.model.Content;
import org.backspasm.handbook.model.Edition;
import org.backspasm.handbook.model.Handbook;
import org.backspasm.handbook.model.Link;
import org.backspasm.handbook.model.Page;
import org.backspasm.handbook.model.Problem;
import org.backspasm.handbook.model.Step;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One edition's handbook from the content: region blocks kept or dropped, placeholders filled, steps numbered. */
class EditionContentTest {

    @TempDir
    Path temp;

    private Path content;
    private final ProblemList problems = new ProblemList();

    @BeforeEach
    void copyBase() throws IOException {
        content = temp.resolve("content");
        TestProject.copyTree(TestProject.FIXTURES.resolve("base/content"), content);
        Files.writeString(content.resolve("index.md"), """
                ---
                title: Help in {{region_name}}
                nav_title: Start in {{region_name}}
                summary: What to do in {{region_name}}.
                order: 1
                ---

                Call {{emergency_link}}. Or {{urgent_link}}. {{Urgent_name}} can help.

                ::: region US

                Only for the [United States](danger-signs.md).

                :::

                See the [steps](first-hour.md).
                """);
    }

    private Handbook handbook(String regionCode) {
        Content loaded = ContentLoader.load(content, "content", problems).orElseThrow();
        Edition generic = EditionPlanner.generic(loaded, problems).orElseThrow().editions().get(0);
        Edition edition = new Edition(generic.language(), loaded.regions().find(regionCode, "en").orElseThrow(),
                generic.paper(), generic.clinic(), generic.folder(), generic.zipFile(), generic.alternates());
        Handbook handbook = EditionContent.resolve(loaded, edition, problems).orElseThrow();
        assertEquals(List.of(), problems.toList());
        return handbook;
    }

    @Test
    void placeholdersBecomeTheRegionsNumbersAsLinksAndItsWords() {
        Page england = handbook("GB-ENG").home();
        Document body = Jsoup.parseBodyFragment(england.html());
        assertEquals(List.of("tel:999", "tel:111", "first-hour.html"), body.select("a").eachAttr("href"));
        assertTrue(body.text().startsWith("Call 999. Or NHS 111. NHS 111 can help."), body.text());
        assertEquals("Help in England", england.title());
        assertEquals("Start in England", england.navTitle());
        assertEquals("What to do in England.", england.summary());

        Page us = handbook("US").home();
        Document usBody = Jsoup.parseBodyFragment(us.html());
        assertEquals(List.of("tel:911", "danger-signs.html", "first-hour.html"), usBody.select("a").eachAttr("href"),
                "no same-day number in the US: the service is named, not linked");
        assertTrue(usBody.text().startsWith("Call 911. Or your doctor or an urgent care center. Your doctor or an "
                + "urgent care center can help."), usBody.text());
        assertEquals("Help in the United States", us.title());
    }

    @Test
    void linksKeepTheLinesTheyHaveInTheFileAcrossDroppedBlocks() {
        assertEquals(List.of(new Link("tel:999", 8, false), new Link("tel:111", 8, false),
                new Link("first-hour.md", 16, false)), handbook("GB-ENG").home().links());
        assertEquals(List.of(new Link("tel:911", 8, false), new Link("danger-signs.md", 12, false),
                new Link("first-hour.md", 16, false)), handbook("US").home().links());
        assertEquals(List.of(7, 8, 9, 15, 16), handbook("GB-ENG").home().keptLines());
    }

    @Test
    void aPageWithoutNavTitleIsNavigatedByItsTitle() {
        Page prevention = handbook("GB-ENG").prevention();
        assertEquals(prevention.title(), prevention.navTitle());
    }

    @Test
    void stepsAreNumberedInOrderBeforeTheirHeadings() {
        Handbook handbook = handbook("GB-ENG");
        assertEquals(List.of("stay-calm", "breathe"), handbook.steps().stream().map(Step::section).toList());
        Document body = Jsoup.parseBodyFragment(handbook.firstHour().html());
        assertEquals(List.of(" 1", " 2"), body.select("h2.step .step-number").stream()
                .map(e -> e.html().replace(Handbook.STEP_LABEL_SLOT, "")).toList());
        assertEquals("Stay calm", handbook.steps().get(0).heading(), "the heading without its number");
    }

    @Test
    void anUnknownPlaceholderIsNamedWithTheKnownOnes() throws IOException {
        Files.writeString(content.resolve("index.md"), Files.readString(content.resolve("index.md"))
                .replace("{{Urgent_name}}", "{{urgnet_name}}"));
        Content loaded = ContentLoader.load(content, "content", problems).orElseThrow();
        Edition edition = EditionPlanner.generic(loaded, problems).orElseThrow().editions().get(0);
        EditionContent.resolve(loaded, edition, problems);
        Problem problem = problems.toList().get(0);
        assertEquals("content/index.md", problem.file());
        assertEquals(8, problem.line());
        assertTrue(problem.message().startsWith("unknown placeholder {{urgnet_name}} (known: "), problem.message());
        assertTrue(problem.message().contains("urgent_name"), problem.message());
    }

    /** Pages are made side by side; their problems are still listed in page order, the same on every run. */
    @Test
    void problemsOfSeveralPagesComeInPageOrder() throws IOException {
        List<String> files = List.of("index.md", "danger-signs.md", "first-hour.md", "prevention.md", "sources.md");
        for (String file : files) {
            Files.writeString(content.resolve(file), Files.readString(content.resolve(file)) + "\n{{nope}}\n");
        }
        Content loaded = ContentLoader.load(content, "content", problems).orElseThrow();
        Edition edition = EditionPlanner.generic(loaded, problems).orElseThrow().editions().get(0);
        List<String> pageOrder = loaded.languages().get(edition.language()).pages().stream()
                .map(page -> page.source()).toList();
        for (int run = 0; run < 20; run++) {
            ProblemList found = new ProblemList();
            EditionContent.resolve(loaded, edition, found);
            assertEquals(pageOrder, found.toList().stream().map(Problem::file).toList(), "run " + run);
        }
    }
}
