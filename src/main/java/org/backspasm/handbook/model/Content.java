package org.backspasm.handbook.model;

import java.util.Map;
import java.util.Optional;

/**
 * Everything content/ holds, read once and shared by every edition: the settings, the regions, and each
 * language's pages.
 *
 * @param paper the paper handbook.yml chooses for the generic editions, if it chooses one
 * @param languages each language's pages, the handbook's own language first
 */
public record Content(Settings settings, Optional<PaperSize> paper, Regions regions,
                      Map<String, LanguageContent> languages) {

    public LanguageContent base() {
        return languages.get(settings.language());
    }
}
