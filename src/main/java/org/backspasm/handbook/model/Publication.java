package org.backspasm.handbook.model;

import java.util.List;
import java.util.Optional;

/**
 * The editions published together: the generic editions, or one clinic's editions in each of its languages.
 * They share one output folder (the first edition at its top, the others in a folder named after their
 * language), link to each other, and travel as one zip.
 *
 * @param id the publication's folder inside the output folder: empty for the generic editions, else the clinic's id
 */
public record Publication(String id, Optional<Clinic> clinic, List<Edition> editions) {

    public String zipFile() {
        return editions.get(0).zipFile();
    }
}
