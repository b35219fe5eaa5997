package org.backspasm.handbook.content;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.backspasm.handbook.ProblemList;
import org.backspasm.handbook.model.Region;

/** Reads content/regions.yml: each region's emergency number, same-day route and default paper. */
public final class RegionsLoader {

    static final String FILE_NAME = "regions.yml";

    private RegionsLoader() {
    }

    public static Map<String, Region> load(Path contentDir, String shownDir, ProblemList problems) {
        String file = shownDir + "/" + FILE_NAME;
        Optional<YamlFields> parsed = YamlFields.readFile(contentDir.resolve(FILE_NAME), file,
                "regions table not found; it holds each region's emergency and same-day numbers", problems);
        Map<String, Region> regions = new LinkedHashMap<>();
        parsed.ifPresent(yaml -> {
            for (String code : yaml.keys()) {
                if (!code.matches("[A-Z]{2}")) {
                    problems.add(file, yaml.lineOf(code), "region code '" + code + "' must be two capital letters, such as GB");
                }
                YamlFields region = yaml.mapping(code);
                region.allowOnly(Set.of("name", "emergency_number", "urgent_name", "urgent_number", "paper"));
                regions.put(code, new Region(code,
                        Values.plain(region, "name", problems),
                        Values.phone(region, "emergency_number", problems),
                        Values.plain(region, "urgent_name", problems),
                        region.has("urgent_number") ? Values.phone(region, "urgent_number", problems) : "",
                        Values.paper(region, problems)));
            }
        });
        return regions;
    }
}
