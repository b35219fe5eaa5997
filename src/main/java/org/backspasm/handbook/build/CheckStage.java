package org.backspasm.handbook.build;

import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.backspasm.handbook.check.ContentChecker;
import org.backspasm.handbook.check.FigureChecker;
import org.backspasm.handbook.check.LinkChecker;
import org.backspasm.handbook.check.RegionWordsChecker;
import org.backspasm.handbook.model.Handbook;
import org.backspasm.handbook.problem.ProblemList;

/** The check stage of the recipe: every rule over a publication's handbooks, before anything is rendered. */
final class CheckStage {

    private CheckStage() {
    }

    /** The rules over each handbook: links, content, region words and pictures; then the templates folder. */
    static void check(Build.Run run, List<Handbook> handbooks, boolean generic, ProblemList problems) {
        Build.Options options = run.options();
        for (Handbook handbook : handbooks) {
            LinkChecker.check(handbook, Set.of(handbook.cardFile(), handbook.planFile(), handbook.largePrintFile(),
                    Handbook.PRINT_FILE, handbook.edition().zipLink()), options.contentDir(), problems);
            ContentChecker.check(handbook, options.today(), problems);
            RegionWordsChecker.check(handbook, run.content().regions(), problems);
            FigureChecker.check(handbook, problems);
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
