package org.backspasm.handbook.model;

import java.util.List;

/**
 * The pages of one language as read, shared by every edition in that language.
 *
 * @param settings the handbook settings in this language (its title, provenance texts and dates)
 * @param folder the language's folder as shown in messages, e.g. {@code content} or {@code content/es}
 */
public record LanguageContent(String language, Settings settings, String folder, List<SourcePage> pages,
                              List<Jargon> jargon) {

    public java.util.Optional<SourcePage> page(String slug) {
        return pages.stream().filter(p -> p.slug().equals(slug)).findFirst();
    }
}
