package org.backspasm.handbook.problem;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.backspasm.handbook.model.Problem;

/** Collects the problems found by every stage of a build, in order and without repeats. */
public final class ProblemList {

    /** Enough to fix in one sitting; beyond it, one more line says how many were left out. */
    public static final int MAX_REPORTED = 100;

    private final Set<Problem> problems = new LinkedHashSet<>();
    private final Set<Problem> warnings = new LinkedHashSet<>();

    /** Something to act on soon that does not stop the build, such as a review date coming up. */
    public void warn(String file, int line, String message) {
        warnings.add(new Problem(file, line, message));
    }

    public List<Problem> warnings() {
        return List.copyOf(warnings);
    }

    public void add(Problem problem) {
        problems.add(problem);
    }

    public void add(String file, int line, String message) {
        add(new Problem(file, line, message));
    }

    /** Takes over another list's problems and warnings, in their order. */
    public void addAll(ProblemList other) {
        problems.addAll(other.problems);
        warnings.addAll(other.warnings);
    }

    /** How many problems there are, all of them, however many {@link #toList} shows. */
    public int count() {
        return problems.size();
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Every problem, in order. */
    public List<Problem> toList() {
        return List.copyOf(problems);
    }

    /**
     * What a person is shown of {@code problems}: all of them, or the first {@value #MAX_REPORTED} and a last
     * line counting the rest.
     */
    public static List<Problem> shown(List<Problem> problems) {
        if (problems.size() <= MAX_REPORTED) {
            return problems;
        }
        List<Problem> shown = new ArrayList<>(problems.subList(0, MAX_REPORTED));
        int rest = problems.size() - MAX_REPORTED;
        shown.add(new Problem("…", 0, rest + (rest == 1 ? " more problem" : " more problems") + " not shown; fix these first"));
        return List.copyOf(shown);
    }}
