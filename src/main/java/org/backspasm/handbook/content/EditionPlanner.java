package org.backspasm.handbook.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.backspasm.handbook.problem.ProblemList;
import org.backspasm.handbook.model.Alternate;
import org.backspasm.handbook.model.Content;
import org.backspasm.handbook.model.Edition;
import org.backspasm.handbook.model.PaperSize;
import org.backspasm.handbook.model.Publication;
import org.backspasm.handbook.model.Region;

/**
 * Decides what a build publishes: the generic editions (each language with the region handbook.yml gives it),
 * or a clinic's editions (each language its profile lists, all for the clinic's region).
 */
public final class EditionPlanner {

    private EditionPlanner() {
    }

    /** One language and the region it is published for, before file names and links are settled. */
    private record Planned(String language, Region region, PaperSize paper) {
    }

    public static Optional<Publication> generic(Content content, ProblemList problems) {
        List<Planned> planned = new ArrayList<>();
        for (String language : content.settings().languages()) {
            String code = content.settings().regions().getOrDefault(language, "");
            var region = content.regions().find(code, language);
            if (region.isEmpty()) {
                problems.add("content/handbook.yml", 0, "the " + language + " edition's region '" + code
                        + "' has no " + language + " texts in content/regions.yml");
            }
            region.ifPresent(r -> planned.add(new Planned(language, r, content.paper().orElse(r.paper()))));
        }
        if (planned.size() != content.settings().languages().size()) {
            return Optional.empty();
        }
        return Optional.of(publication("", Optional.empty(), planned));
    }

    public static Optional<Publication> forClinic(Content content, Path profile, String shownProfile,
                                                  ProblemList problems) {
        ProblemList own = new ProblemList();
        Optional<ClinicLoader.Profile> loaded = ClinicLoader.load(profile, shownProfile, content.regions(),
                content.settings().languages(), own);
        problems.addAll(own);
        if (loaded.isEmpty() || !own.isEmpty()) {
            return Optional.empty();
        }
        ClinicLoader.Profile clinic = loaded.get();
        List<Planned> planned = new ArrayList<>();
        for (String language : clinic.languages()) {
            Region region = content.regions().find(clinic.region(), language).orElseThrow()
                    .withClinic(clinic.urgent(), clinic.terms());
            planned.add(new Planned(language, region, clinic.paper().orElse(region.paper())));
        }
        return Optional.of(publication(clinic.clinic().id(), Optional.of(clinic.clinic()), planned));
    }

    private static Publication publication(String id, Optional<org.backspasm.handbook.model.Clinic> clinic,
                                           List<Planned> planned) {
        List<String> tags = planned.stream()
                .map(p -> Edition.tagOf(p.language(), p.region().code())).toList();
        String zip = Edition.zipFileFor(clinic, tags);
        List<Edition> editions = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            Planned edition = planned.get(i);
            String folder = i == 0 ? "" : edition.language() + "/";
            List<Alternate> alternates = new ArrayList<>();
            for (int j = 0; j < planned.size(); j++) {
                if (j != i) {
                    String other = j == 0 ? "" : planned.get(j).language() + "/";
                    alternates.add(alternate(planned.get(j).language(), (folder.isEmpty() ? "" : "../") + other));
                }
            }
            editions.add(new Edition(edition.language(), edition.region(), edition.paper(), clinic, folder, zip,
                    List.copyOf(alternates)));
        }
        return new Publication(id, clinic, List.copyOf(editions));
    }

    private static Alternate alternate(String language, String prefix) {
        Locale locale = Locale.forLanguageTag(language);
        String name = locale.getDisplayLanguage(locale);
        return new Alternate(language, name.substring(0, 1).toUpperCase(locale) + name.substring(1), prefix);
    }
}
