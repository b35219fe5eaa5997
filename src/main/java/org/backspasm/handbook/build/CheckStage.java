package org.backspasm.handbook.build;

import java.nio.file.Files;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backspasm.handbook.check.ContentChecker;
import org.backspasm.handbook.check.FigureChecker;
import org.backspasm.handbook.check.LinkChecker;
import org.backspasm.handbook.check.Prose;
import org.backspasm.handbook.check.PageFindings;
import org.backspasm.handbook.model.Handbook;
import org.backspasm.handbook.problem.ProblemList;

/** The check stage of the recipe: every rule over a publication's handbooks, before anything is rendered. */
final class CheckStage {

    private CheckStage() {
    }

    /**
     * What the rules found in a language's pages in one region, and each page's reading figures: the same for
     * every edition of that language and region, so a batch of clinics checks them once.
     */
    record PageChecks(ProblemList problems, Map<String, Prose> readability) {
    }

    /** The page checks of {@code handbook}'s language and region: made by the first edition that needs them. */
    static PageChecks pageChecks(Build.Run run, Handbook handbook) {
        String key = handbook.settings().language() + " " + handbook.settings().region().code();
        return run.pageChecks().computeIfAbsent(key, k -> {
            ProblemList found = new ProblemList();
            Map<String, Prose> readability = new LinkedHashMap<>();
            List<PageFindings.Found> pages = run.carryover().findings().of(handbook, run.content().regions());
            for (int i = 0; i < pages.size(); i++) {
                readability.put(handbook.pages().get(i).source(), pages.get(i).prose());
                found.addAll(pages.get(i).problems());
            }
            ContentChecker.checkHandbook(handbook, found);
            return new PageChecks(found, Collections.unmodifiableMap(readability));
        });
    }

    /** The rules over each handbook: links, review dates, the pages' words and pictures; the templates folder. */
    static void check(Build.Run run, List<Handbook> handbooks, boolean generic, ProblemList problems) {
        Build.Options options = run.options();
        for (Handbook handbook : handbooks) {
            LinkChecker.check(handbook, Set.of(handbook.cardFile(), handbook.planFile(), handbook.largePrintFile(),
                    Handbook.PRINT_FILE, handbook.edition().zipLink()), options.contentDir(), problems);
            ContentChecker.checkReview(handbook.settings().review(), options.today(), problems);
            problems.addAll(pageChecks(run, handbook).problems());
        }
        if (generic) {
            // The generic publication holds every language, so it shows every picture the content has.
            FigureChecker.checkAllShown(handbooks, options.contentDir(), Build.shown(options, options.contentDir()), problems);
        }
        if (!Files.isDirectory(options.templatesDir())) {
            problems.add(Build.shown(options, options.templatesDir()), 0, "templates folder not found");
        } else if (!Files.isReadable(options.templatesDir()) || !Files.isExecutable(options.templatesDir())) {
            problems.add(Build.shown(options, options.templatesDir()), 0, "cannot open the templates folder: permission "
                    + "denied; let your user read it");
        }
    }

}
