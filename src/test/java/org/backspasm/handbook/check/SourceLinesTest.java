package org.backspasm.handbook.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.backspasm.handbook.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A content rule points at the line its words are written on, found through the block the Markdown parser says
 * they are in: not an earlier line that happens to start with the same words, not the first line of a paragraph
 * written over several, not a line of another region's block. The start page's body begins on line 7.
 */
class SourceLinesTest {

    @TempDir
    Path temp;

    private static final String LONG_TAIL = " and then you slowly rock both of your bent knees from one side over to"
            + " the other side while you keep breathing out through your mouth and let your shoulders stay flat on"
            + " the floor the whole time.";

    private List<String> problems(String markdown) {
        TestProject project = TestProject.base(temp);
        project.writeStartPage(markdown);
        return project.run("check").errLines().stream().filter(l -> l.startsWith("content/index.md:")).toList();
    }

    private static void assertHas(List<String> problems, String expected) {
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(expected)), expected + " in " + problems);
    }

    @Test
    void aLongSentenceIsNotPinnedOnAnEarlierShortOneThatStartsTheSame() {
        List<String> problems = problems("Lie on your back with your knees bent.\n\n## Next {#next}\n\n"
                + "Lie on your back with your knees bent" + LONG_TAIL + "\n");
        assertHas(problems, "content/index.md:11: sentence of ");
    }

    @Test
    void aSentenceIsPinnedOnTheLineOfItsParagraphItStartsOn() {
        List<String> problems = problems("Rest a little.\nSit up when you can.\nThen get up with care"
                + LONG_TAIL + "\n");
        assertHas(problems, "content/index.md:9: sentence of ");
    }

    @Test
    void aDoseInATableIsPinnedOnItsRow() {
        List<String> problems = problems("## Medicines {#medicines}\n\n| What | How much |\n|---|---|\n"
                + "| Rest | As you need |\n| Ibuprofen | 400 mg |\n");
        assertHas(problems, "content/index.md:12: '400 mg' reads as a medicine dose");
    }

    @Test
    void jargonInANestedListItemIsPinnedOnThatItem() {
        List<String> problems = problems("- Move gently.\n- Keep going:\n  - walk a little\n"
                + "  - the analgesic helps\n");
        assertHas(problems, "content/index.md:10: 'analgesic' is jargon");
    }

    @Test
    void wordsInAnotherRegionsBlockAreNotWhereTheyAre() {
        List<String> problems = problems("::: region US\nTake 400 mg of it.\n:::\n\nRest now.\n\nTake 400 mg of it.\n");
        assertHas(problems, "content/index.md:13: '400 mg' reads as a medicine dose");
    }
}
