package org.backspasm.handbook.model;

/**
 * The emergency card as rendered: its HTML (for the content rules) and its PDF with the page count.
 *
 * @param bodyPt the size of the card's body text: the largest that still fits one page
 */
public record CardPdf(String html, byte[] pdf, int pages, double bodyPt) {
}
