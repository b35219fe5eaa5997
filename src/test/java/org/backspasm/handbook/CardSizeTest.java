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
}
