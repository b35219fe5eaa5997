package org.backspasm.handbook.content;

import java.util.List;
import java.util.Optional;
import org.backspasm.handbook.model.Regions;
import org.backspasm.handbook.model.SourcePage;
import org.backspasm.handbook.problem.ProblemList;

/**
 * What reading content/ made of each file, by exactly what it was made from (the file's name and text, and for a
 * page the regions), with the problems reading it found. The preview hands {@link #next} from rebuild to rebuild,
 * so a rebuild still reads every file but parses again only those whose text changed.
 */
public final class ReadMemory {

    /** The regions table a text makes, with what was wrong in it. */
    record RegionsRead(Regions regions, ProblemList problems) {
    }

    /** A page file, by its name as shown, its text and the regions its region blocks may name. */
    record PageKey(String file, String text, Regions regions) {
    }

    /** The page a file makes (none when it cannot be read as one), with what was wrong in it. */
    record PageRead(Optional<SourcePage> page, ProblemList problems) {
    }

    final RunMemory<List<String>, RegionsRead> regions;
    final RunMemory<PageKey, PageRead> pages;

    /** Nothing read yet. */
    public ReadMemory() {
        this(new RunMemory<>(), new RunMemory<>());
    }

    private ReadMemory(RunMemory<List<String>, RegionsRead> regions, RunMemory<PageKey, PageRead> pages) {
        this.regions = regions;
        this.pages = pages;
    }

    /** What this run read, to start the next with: only what it used, so a long preview does not grow. */
    public ReadMemory next() {
        return new ReadMemory(regions.next(), pages.next());
    }
}
