package org.backspasm.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A bug in the tool reaches the user as one line and a trace file, with exit code 3. */
class InternalErrorTest {

    @Test
    void anUnexpectedExceptionIsOneLineAndATraceFile() throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.internalError(new IllegalStateException("broken on purpose"),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Main.INTERNAL_ERROR, code);
        assertEquals(3, code);
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith("handbook: internal error (IllegalStateException); please report it. Full trace: "));
        Path trace = Path.of(message.strip().substring(message.indexOf("Full trace: ") + 12));
        assertTrue(Files.readString(trace).contains("broken on purpose"));
        assertTrue(Files.readString(trace).contains("\tat "), "the trace is in the file, not on the screen");
        Files.delete(trace);
    }
}
