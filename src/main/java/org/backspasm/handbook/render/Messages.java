package org.backspasm.handbook.render;

import org.backspasm.handbook.problem.IoReason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backspasm.handbook.problem.ProblemList;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The words templates show that are not page content, one file per language in templates/messages/. A
 * translation must have every key the handbook's own language has; each missing key is a problem.
 */
public final class Messages {

    static final String FOLDER = "messages";

    private Messages() {
    }

    /**
     * @param folders template folders, a clinic's first; the first that has the language's file wins
     * @param base the handbook's own language, whose keys every translation must have
     */
    public static Map<String, String> load(List<Templates.Folder> folders, String language, String base,
                                           ProblemList problems) {
        Optional<Map<String, String>> messages = read(folders, language, problems);
        if (messages.isEmpty()) {
            return Map.of();
        }
        if (!language.equals(base)) {
            Map<String, String> required = read(folders, base, problems).orElse(Map.of());
            String file = shown(folders, language);
            required.keySet().stream().filter(key -> !messages.get().containsKey(key)).forEach(key ->
                    problems.add(file, 0, "message '" + key + "' is missing (it is in " + base + ".yml: \""
                            + required.get(key) + "\")"));
        }
        return messages.get();
    }

    private static Optional<Map<String, String>> read(List<Templates.Folder> folders, String language,
                                                      ProblemList problems) {
        for (Templates.Folder folder : folders) {
            Path file = folder.dir().resolve(FOLDER).resolve(language + ".yml");
            if (Files.isRegularFile(file)) {
                String shown = folder.shown() + "/" + FOLDER + "/" + language + ".yml";
                try {
                    Object loaded = new Load(LoadSettings.builder().build())
                            .loadFromString(Files.readString(file, StandardCharsets.UTF_8));
                    if (!(loaded instanceof Map<?, ?> map)) {
                        problems.add(shown, 1, "messages must be 'key: text' lines");
                        return Optional.empty();
                    }
                    Map<String, String> messages = new LinkedHashMap<>();
                    map.forEach((key, value) -> messages.put(String.valueOf(key), String.valueOf(value)));
                    return Optional.of(messages);
                } catch (org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException e) {
                    problems.add(shown, e.getProblemMark().map(m -> m.getLine() + 1).orElse(1), "not valid YAML: "
                            + e.getProblem());
                    return Optional.empty();
                } catch (YamlEngineException e) {
                    problems.add(shown, 1, "not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
                    return Optional.empty();
                } catch (java.nio.charset.MalformedInputException e) {
                    problems.add(shown, 0, "this file is not UTF-8 text; save it as UTF-8");
                    return Optional.empty();
                } catch (IOException e) {
                    problems.add(shown, 0, "cannot read this file: " + IoReason.of(e));
                    return Optional.empty();
                }
            }
        }
        problems.add(shown(folders, language), 0, "no messages for language '" + language
                + "': copy templates/messages/en.yml and translate every line");
        return Optional.empty();
    }

    private static String shown(List<Templates.Folder> folders, String language) {
        return folders.get(folders.size() - 1).shown() + "/" + FOLDER + "/" + language + ".yml";
    }
}
