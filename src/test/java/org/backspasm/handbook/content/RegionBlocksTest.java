package org.backspasm.handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.backspasm.handbook.problem.ProblemList;
import org.backspasm.handbook.model.Problem;
import org.backspasm.handbook.model.Regions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Which lines an edition keeps: every line outside region blocks, and the blocks that name its region. */
class RegionBlocksTest {

    private static final List<String> PAGE = List.of(
            "---", "title: T", "---",
            "For everyone.",
            "::: region GB",
            "For the UK.",
            ":::",
            "::: region not GB ES",
            "For everyone else.",
            ":::",
            "::: region ES US",
            "For Spain and the US.",
            ":::",
            "For everyone again.");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "GB-ENG|4 6 14",
        "GB-SCT|4 6 14",
        "IE|4 9 14",
        "US|4 9 12 14",
        "ES|4 12 14",
        "GBX|4 9 14"})
    void keepsTheBlocksThatNameTheRegionAndDropsEveryMarker(String region, String lines) {
        List<Integer> expected = java.util.Arrays.stream(lines.split(" ")).map(Integer::valueOf).toList();
        assertEquals(expected, RegionBlocks.kept(PAGE, 4, region));
    }

    @Test
    void selectorsAreListedInOrderWithSpacesEvened() {
        assertEquals(List.of("::: region GB", "::: region not GB ES", "::: region ES US"), RegionBlocks.selectors(
                PAGE.stream().map(l -> l.replace("region not", "region   not")).toList()));
    }

    @Test
    void unclosedNestedAndStrayBlocksAndUnknownRegionsAreProblemsAtTheirLines() {
        java.util.Map<String, java.util.Map<String, org.backspasm.handbook.model.Region>> codes = new java.util.LinkedHashMap<>();
        codes.put("GB-ENG", java.util.Map.of());
        codes.put("US", java.util.Map.of());
        Regions regions = new Regions(codes);
        ProblemList problems = new ProblemList();
        RegionBlocks.check(List.of("---", "---", "::: region GB", "::: region XX", ":::", ":::", "::: region",
                "::: region US"), 3, "content/p.md", regions, problems);
        assertEquals(List.of(
                new Problem("content/p.md", 4, "a region block cannot start inside another (the one on line 3); "
                        + "close that one first with a line ':::'"),
                new Problem("content/p.md", 4, "region block names unknown region 'XX' (known: GB-ENG, US)"),
                new Problem("content/p.md", 6, "':::' closes no region block; start one with '::: region CODE'"),
                new Problem("content/p.md", 7, "write a region block as '::: region GB-SCT IE' or "
                        + "'::: region not GB', with region codes from content/regions.yml"),
                new Problem("content/p.md", 8, "a region block cannot start inside another (the one on line 7); "
                        + "close that one first with a line ':::'"),
                new Problem("content/p.md", 8, "this region block is not closed: add a line ':::' after its text")),
                problems.toList());
    }
}
