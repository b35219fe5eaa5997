package org.backspasm.handbook.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every region of content/regions.yml, each in every language it is written for.
 *
 * @param byCode each region code's texts, by language code
 */
public record Regions(Map<String, Map<String, Region>> byCode) {

    public Optional<Region> find(String code, String language) {
        return Optional.ofNullable(byCode.get(code)).map(languages -> languages.get(language));
    }

    public List<String> codes() {
        return List.copyOf(byCode.keySet());
    }

    /** Codes that a broader code covers: {@code GB} covers {@code GB-ENG}, {@code GB-SCT}… */
    public List<String> partsOf(String code) {
        return byCode.keySet().stream().filter(known -> known.startsWith(code + "-")).toList();
    }
}
