package org.backspasm.handbook.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backspasm.handbook.problem.ProblemList;
import org.backspasm.handbook.model.Regions;

/**
 * Passages that belong to some regions only: the lines between {@code ::: region GB} (or
 * {@code ::: region not GB ES}) and {@code :::}. A country code covers its parts: GB covers GB-SCT.
 */
public final class RegionBlocks {

    private static final Pattern OPEN = Pattern.compile("^:::\\s*region\\b(.*)$");
    private static final Pattern CLOSE = Pattern.compile("^:::\\s*$");
    private static final Pattern SELECTOR = Pattern.compile("\\s*(not\\s+)?([A-Z]{2}(-[A-Z0-9]{2,3})?(\\s+[A-Z]{2}(-[A-Z0-9]{2,3})?)*)\\s*");

    private RegionBlocks() {
    }

    /** Whether a line opens or closes a region block. */
    public static boolean isMarker(String line) {
        return OPEN.matcher(line.strip()).matches() || CLOSE.matcher(line.strip()).matches();
    }

    /** Reports blocks that are not closed, nested, closed twice, or name regions that do not exist. */
    static void check(List<String> lines, int firstLine, String file, Regions regions, ProblemList problems) {
        int open = -1;
        for (int i = firstLine - 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            Matcher opening = OPEN.matcher(line);
            if (opening.matches()) {
                if (open >= 0) {
                    problems.add(file, i + 1, "a region block cannot start inside another (the one on line "
                            + (open + 1) + "); close that one first with a line ':::'");
                }
                open = i;
                Matcher selector = SELECTOR.matcher(opening.group(1));
                if (!selector.matches()) {
                    problems.add(file, i + 1, "write a region block as '::: region GB-SCT IE' or '::: region not GB', "
                            + "with region codes from content/regions.yml");
                    continue;
                }
                for (String code : selector.group(2).trim().split("\\s+")) {
                    if (!regions.byCode().isEmpty() && !regions.byCode().containsKey(code)
                            && regions.partsOf(code).isEmpty()) {
                        problems.add(file, i + 1, "region block names unknown region '" + code + "' (known: "
                                + String.join(", ", regions.codes()) + ")");
                    }
                }
            } else if (CLOSE.matcher(line).matches()) {
                if (open < 0) {
                    problems.add(file, i + 1, "':::' closes no region block; start one with '::: region CODE'");
                }
                open = -1;
            }
        }
        if (open >= 0) {
            problems.add(file, open + 1, "this region block is not closed: add a line ':::' after its text");
        }
    }

    /**
     * The numbers (1-based) of the lines from {@code firstLine} on that an edition for {@code region} keeps:
     * every line outside blocks, and the lines of the blocks that name the region; never the markers.
     */
    public static List<Integer> kept(List<String> lines, int firstLine, String region) {
        List<Integer> kept = new ArrayList<>();
        boolean inBlock = false;
        boolean keep = true;
        for (int i = firstLine - 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            Matcher opening = OPEN.matcher(line);
            if (opening.matches()) {
                inBlock = true;
                keep = selects(opening.group(1), region);
            } else if (inBlock && CLOSE.matcher(line).matches()) {
                inBlock = false;
                keep = true;
            } else if (keep) {
                kept.add(i + 1);
            }
        }
        return kept;
    }

    /** The selector lines of a page, in order, so that a translation can be held to the same blocks. */
    public static List<String> selectors(List<String> lines) {
        return lines.stream().map(String::strip).filter(l -> OPEN.matcher(l).matches())
                .map(l -> l.replaceAll("\\s+", " ")).toList();
    }

    /** The line numbers (from 1) of the {@link #selectors}, in the same order. */
    public static List<Integer> selectorLines(List<String> lines) {
        List<Integer> found = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (OPEN.matcher(lines.get(i).strip()).matches()) {
                found.add(i + 1);
            }
        }
        return List.copyOf(found);
    }

    private static boolean selects(String selector, String region) {
        Matcher m = SELECTOR.matcher(selector);
        if (!m.matches()) {
            return false;
        }
        boolean named = Arrays.stream(m.group(2).trim().split("\\s+"))
                .anyMatch(code -> region.equals(code) || region.startsWith(code + "-"));
        return m.group(1) == null ? named : !named;
    }
}
