package org.backspasm.handbook.model;

/** One mistake in the input, pointing at the file and line a person has to change. */
public record Problem(String file, int line, String message) {

    /** A problem about a whole file rather than one line of it. */
    public static Problem inFile(String file, String message) {
        return new Problem(file, 0, message);
    }

    /** {@code file:line: message}, the form editors and IDEs jump to. */
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
