package org.backspasm.handbook.model;

/** Paper the PDFs are laid out for; {@code css} is the CSS {@code @page size} keyword. */
public enum PaperSize {
    A4("A4", 210, 297),
    LETTER("letter", 216, 279);

    public final String css;
    public final int widthMm;
    public final int heightMm;

    PaperSize(String css, int widthMm, int heightMm) {
        this.css = css;
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    /** For templates: {@code settings.paper.css}. */
    public String getCss() {
        return css;
    }
}
