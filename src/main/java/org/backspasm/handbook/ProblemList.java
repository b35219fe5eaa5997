package org.backspasm.handbook;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.backspasm.handbook.model.Problem;

/** Collects the problems found by every stage of a build, in order and without repeats. */
public final class ProblemList {

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

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<Problem> toList() {
        return List.copyOf(new ArrayList<>(problems));
    }
}
