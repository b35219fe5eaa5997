package org.backspasm.handbook.model;

/** One mistake in the input, pointing at the file and line a person has to change (line 0: the whole file). */
public record Problem(String file, int line, String message) {

    /** {@code file:line: message}, the form editors and IDEs jump to. */
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
