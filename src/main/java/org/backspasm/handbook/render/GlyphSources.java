package org.backspasm.handbook.render;

import java.util.List;
import org.backspasm.handbook.model.Handbook;
import org.backspasm.handbook.model.Page;
import org.backspasm.handbook.model.Problem;

/** Finds where a character in a PDF came from: a content page, the clinic profile or the settings. */
final class GlyphSources {

    private GlyphSources() {
    }

    static Problem locate(Handbook handbook, String character) {
        for (Page page : handbook.pages()) {
            List<String> lines = page.lines();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(character)) {
                    return new Problem(page.source(), i + 1, "");
                }
            }
        }
        if (handbook.clinic().isPresent()) {
            return new Problem(handbook.clinic().get().profile(), 0, "");
        }
        return new Problem(handbook.settings().review().file(), 0, "");
    }
}
