package org.backspasm.handbook.model;

/** Who stands behind the handbook and on what terms: shown in every footer, on the card and in the plan. */
public record Provenance(String publisher, String writtenBy, String reviewedBy, String feedback,
                         String conflictsOfInterest, String disclaimer) {
}
