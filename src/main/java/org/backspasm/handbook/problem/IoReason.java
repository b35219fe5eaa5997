package org.backspasm.handbook.problem;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Why a file or folder could not be read, in the words a person uses: "permission denied", not a class name. */
public final class IoReason {

    private IoReason() {
    }

    /** As {@link #of(IOException)}, for what a file listing throws: the I/O failure, or one wrapped unchecked. */
    public static String of(Exception e) {
        if (e instanceof java.io.UncheckedIOException unchecked) {
            return of(unchecked.getCause());
        }
        return e instanceof IOException io ? of(io) : String.valueOf(e.getMessage());
    }

    public static String of(IOException e) {
        if (e instanceof AccessDeniedException
                || (e instanceof java.io.FileNotFoundException && String.valueOf(e.getMessage()).endsWith("(Permission denied)"))) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "not found";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof FileSystemLoopException) {
            return "its symbolic links go round in a loop";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() == null ? "the system gave no reason" : e.getMessage();
    }
}
