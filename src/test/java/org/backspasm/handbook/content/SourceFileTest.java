package org.backspasm.handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.backspasm.handbook.problem.ProblemList;
import org.backspasm.handbook.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Text files people edit: UTF-8 only, a byte-order mark dropped, control characters named at their line. */
class SourceFileTest {

    @TempDir
    Path temp;

    private final ProblemList problems = new ProblemList();

    private Optional<String> read(byte[] bytes) throws IOException {
        Path file = temp.resolve("page.md");
        Files.write(file, bytes);
        return SourceFile.read(file, "content/page.md", problems);
    }

    @Test
    void utf8IsReadAndAByteOrderMarkIsDropped() throws IOException {
        assertEquals(Optional.of("Día\n"), read("\uFEFFDía\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.of("a\tb\r\n"), read("a\tb\r\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(), problems.toList());
    }

    @Test
    void aByteThatIsNotUtf8IsNamedWithItsOffsetAndLine() throws IOException {
        // "ab\ncd\n" then Latin-1 'é' (0xE9) at offset 6, on line 3
        assertEquals(Optional.empty(), read(new byte[] {'a', 'b', '\n', 'c', 'd', '\n', (byte) 0xE9, '\n'}));
        assertEquals(List.of(new Problem("content/page.md", 3, "not UTF-8 text (bad byte at offset 6); save the file "
                + "as UTF-8")), problems.toList());
    }

    @Test
    void aBadByteRightAfterALineBreakIsOnTheNextLine() throws IOException {
        assertEquals(Optional.empty(), read(new byte[] {'\n', (byte) 0xFF}));
        assertEquals(List.of(new Problem("content/page.md", 2, "not UTF-8 text (bad byte at offset 1); save the file "
                + "as UTF-8")), problems.toList());
    }

    @ParameterizedTest(name = "U+{0}")
    @CsvSource({"0000, 2", "0007, 2", "000B, 2", "000C, 2", "001B, 2", "007F, 2"})
    void controlCharactersAreNamedAtTheirLine(String hex, int line) throws IOException {
        String text = "one\ntwo" + (char) Integer.parseInt(hex, 16) + "\nthree\n";
        assertEquals(Optional.empty(), read(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(new Problem("content/page.md", line, "an invisible control character (U+" + hex
                + ") in the text; delete it")), problems.toList());
    }

    @Test
    void aFolderIsNotAFile() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("notes.md"));
        assertEquals(Optional.empty(), SourceFile.read(folder, "content/notes.md", problems));
        assertEquals(List.of(new Problem("content/notes.md", 0, "this is a folder; it should be a file")), problems.toList());
    }

    @Test
    void aMissingFileIsNamed() {
        assertEquals(Optional.empty(), SourceFile.read(temp.resolve("gone.md"), "content/gone.md", problems));
        assertEquals(List.of(new Problem("content/gone.md", 0, "cannot read this file: not found")), problems.toList());
    }
}
