package org.backspasm.handbook.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.backspasm.handbook.problem.IoReason;
import org.backspasm.handbook.problem.ProblemList;

/** Reads a text file a person edits: strictly UTF-8, with the offending byte named when it is not. */
final class SourceFile {

    private SourceFile() {
    }

    static Optional<String> read(Path file, String shownAs, ProblemList problems) {
        if (Files.isDirectory(file)) {
            problems.add(shownAs, 0, "this is a folder; it should be a file");
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(shownAs, 0, "cannot read this file: " + IoReason.of(e));
            return Optional.empty();
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(in).toString();
            // In UTF-8 every byte of a longer character is 0x80 or more, so a control character is a byte of its own.
            for (int i = 0; i < bytes.length; i++) {
                if (isControl(bytes[i])) {
                    problems.add(shownAs, lineAt(bytes, i), String.format(
                            "an invisible control character (U+%04X) in the text; delete it", (int) bytes[i]));
                    return Optional.empty();
                }
            }
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            int offset = firstBadByte(bytes);
            problems.add(shownAs, lineAt(bytes, offset), "not UTF-8 text (bad byte at offset " + offset
                    + "); save the file as UTF-8");
            return Optional.empty();
        }
    }

    /** Control characters no text a person writes holds: all but tab, line feed and carriage return. */
    private static boolean isControl(byte b) {
        return (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }
}
