package org.backspasm.handbook.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backspasm.handbook.problem.ProblemList;
import org.backspasm.handbook.model.Content;
import org.backspasm.handbook.model.LanguageContent;
import org.backspasm.handbook.model.Problem;
import org.backspasm.handbook.model.SourcePage;

/**
 * Records in each page of a translation which version of its original it translates ({@code translates:} in
 * its front matter), so that a later change to the original shows up as "out of date".
 */
public final class TranslationMarks {

    public static final String KEY = "translates";

    private TranslationMarks() {
    }

    /** @param marked how many pages got a new mark; the others were marked already */
    public record Result(int marked, int pages, List<Problem> problems) {
    }

    public static Result mark(Path contentDir, String language) throws IOException {
        ProblemList problems = new ProblemList();
        Optional<Content> content = ContentLoader.load(contentDir, "content", problems);
        if (content.isEmpty()) {
            return new Result(0, 0, problems.toList());
        }
        LanguageContent translation = content.get().languages().get(language);
        if (translation == null || translation == content.get().base()) {
            problems.add("content/handbook.yml", 0, "'" + language + "' is not one of the translations ("
                    + String.join(", ", content.get().settings().translations()) + ")");
            return new Result(0, 0, problems.toList());
        }
        int marked = 0;
        for (SourcePage page : translation.pages()) {
            Optional<SourcePage> original = content.get().base().page(page.slug());
            if (original.isEmpty() || original.get().fingerprint().equals(page.translates())) {
                continue;
            }
            write(contentDir.resolve(language).resolve(page.slug() + ".md"), withMark(page, original.get().fingerprint()));
            marked++;
        }
        return new Result(marked, translation.pages().size(), List.of());
    }

    /** The page's lines with its mark set: the old mark replaced, or a new one at the end of the front matter. */
    static List<String> withMark(SourcePage page, String fingerprint) {
        List<String> lines = new ArrayList<>(page.lines());
        String mark = KEY + ": " + fingerprint;
        Integer at = page.fieldLines().get(KEY);
        if (at != null) {
            lines.set(at - 1, mark);
        } else {
            lines.add(page.bodyLine() - 2, mark);
        }
        return lines;
    }

    private static void write(Path file, List<String> lines) throws IOException {
        Path temporary = Files.createTempFile(file.getParent(), ".mark-", ".tmp");
        try {
            Files.writeString(temporary, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
