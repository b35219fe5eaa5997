package org.backspasm.handbook.render;

import java.io.IOException;
import java.io.Writer;

/** A writer that stops a template once it has written more than a limit, so that a runaway loop ends. */
final class LimitedWriter extends Writer {

    /** Thrown when the limit is passed; the caller turns it into a problem. */
    static final class TooLong extends IOException {
        TooLong() {
            super("template output over the limit");
        }
    }

    private final Writer out;
    private final long limit;
    private long written;

    LimitedWriter(Writer out, long limit) {
        this.out = out;
        this.limit = limit;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        written += length;
        if (written > limit) {
            throw new TooLong();
        }
        out.write(chars, offset, length);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
