package org.backspasm.handbook.render;

import org.backspasm.handbook.problem.IoReason;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import freemarker.template.Version;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.backspasm.handbook.problem.ProblemList;

/**
 * The Freemarker templates in templates/: auto-escaped HTML for {@code .ftlh}, strict about undefined
 * variables, and unable to reach Java classes. A template mistake becomes a problem naming its file and line.
 */
public final class Templates {

    private static final Version VERSION = new Version(2, 3, 35);

    /** A folder of templates and how messages name it. */
    public record Folder(Path dir, String shown) {
    }

    private final Configuration configuration;
    private final List<Folder> folders;
    private final Map<String, String> messages;
    /** Interrupts a template that runs too long; the renderer's, shared by every render of the run. */
    private final java.util.concurrent.ScheduledExecutorService watchdog;

    private Templates(Configuration configuration, List<Folder> folders, Map<String, String> messages,
                      java.util.concurrent.ScheduledExecutorService watchdog) {
        this.configuration = configuration;
        this.folders = folders;
        this.messages = messages;
        this.watchdog = watchdog;
    }

    /** The same templates, with the words of one language available to them as {@code msg}. */
    public Templates withMessages(Map<String, String> words) {
        return new Templates(configuration, folders, Map.copyOf(words), watchdog);
    }

    /** One of the words the templates show, in the edition's language; empty for a key the messages lack. */
    public String message(String key) {
        return messages.getOrDefault(key, "");
    }

    public List<Folder> folders() {
        return folders;
    }

    /**
     * Templates looked up in {@code folders} in order: a clinic's folder first overrides the defaults. Made by
     * {@link Renderer#templates}, whose watchdog stops a template that runs too long.
     */
    static Templates in(List<Folder> folders, java.util.concurrent.ScheduledExecutorService watchdog) {
        Configuration configuration = new InterruptibleConfiguration();
        try {
            List<TemplateLoader> loaders = new ArrayList<>();
            for (Folder folder : folders) {
                loaders.add(new FileTemplateLoader(folder.dir().toFile()));
            }
            configuration.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        configuration.setDefaultEncoding("UTF-8");
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setLocale(Locale.ROOT);
        configuration.setNumberFormat("computer");
        // Only the handbook's records and enums, through their accessors: no Path, Optional or JDK object
        // method is reachable from a template, whoever wrote it.
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(VERSION);
        wrapper.setMemberAccessPolicy(new ModelAccessPolicy());
        wrapper.setExposeFields(false);
        configuration.setObjectWrapper(new OptionalsUnwrapped(wrapper));
        return new Templates(configuration, List.copyOf(folders), Map.of(), watchdog);
    }

    /**
     * What the files of {@code folders} hold now: each file's path and a hash of its bytes, or where a link
     * points (links are not followed, so nothing outside the folders is read). Equal while nothing changed.
     */
    static String filesNow(List<Folder> folders) {
        java.security.MessageDigest sha = Sha256.digest();
        for (Folder folder : folders) {
            if (!Files.isDirectory(folder.dir(), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                sha.update(("missing " + folder.dir() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                continue;
            }
            try (java.util.stream.Stream<Path> files = Files.walk(folder.dir())) {
                for (Path file : files.sorted().toList()) {
                    sha.update((folder.dir().relativize(file) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    if (Files.isSymbolicLink(file)) {
                        sha.update(("-> " + Files.readSymbolicLink(file) + "\n")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    } else if (Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        sha.update(Files.readAllBytes(file));
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                // Unreadable now: a value that matches nothing, so the templates are made again and report it.
                sha.update(("unreadable " + System.nanoTime()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return java.util.HexFormat.of().formatHex(sha.digest());
    }

    /**
     * The handbook's way of saying "none" is an empty Optional; a template's is a missing value. So an Optional
     * reaches a template as its value, or as missing ({@code clinic.publicUrl??}).
     */
    private static final class OptionalsUnwrapped extends freemarker.template.DefaultObjectWrapper {
        OptionalsUnwrapped(DefaultObjectWrapperBuilder settings) {
            super(settings, true);
        }

        @Override
        public freemarker.template.TemplateModel wrap(Object value) throws freemarker.template.TemplateModelException {
            return super.wrap(value instanceof Optional<?> optional ? optional.orElse(null) : value);
        }
    }

    /**
     * Far more than any template of the handbook takes: one that runs this long is looping. The system property
     * {@code handbook.template-seconds} changes it (the tests use a short limit).
     */
    private static int maxSeconds() {
        return Integer.getInteger("handbook.template-seconds", 20);
    }
    /**
     * More than any page of the handbook (print.html of a 5,000-page handbook is about 6 million): a template
     * that writes this much is looping.
     */
    static final int MAX_OUTPUT_CHARS = 20_000_000;

    /**
     * Every template it loads, the one rendered and those it includes or imports, checks for an interrupt in its
     * loops, so that the watchdog can stop a loop that writes nothing. Each template is prepared once, when it
     * is loaded; the cache then hands out the prepared one.
     */
    private static final class InterruptibleConfiguration extends Configuration {
        private final java.util.Set<Template> prepared =
                java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        InterruptibleConfiguration() {
            super(VERSION);
        }

        @Override
        public Template getTemplate(String name, Locale locale, Object customLookupCondition, String encoding,
                                    boolean parseAsFTL, boolean ignoreMissing) throws IOException {
            Template template = super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL,
                    ignoreMissing);
            if (template != null) {
                synchronized (prepared) {
                    if (prepared.add(template)) {
                        freemarker.core._CoreAPI.addThreadInterruptedChecks(template);
                    }
                }
            }
            return template;
        }
    }

    /**
     * Renders one template with what it sees: the frame's components and the view's, each by its name (an empty
     * Optional is missing to the template), and the edition's words as {@code msg}. Or records why it could not
     * be rendered.
     */
    public Optional<String> render(String name, TemplateModel.Frame frame, TemplateModel.View view,
                                   ProblemList problems) {
        Map<String, Object> model = new java.util.HashMap<>();
        for (Record part : List.<Record>of(frame, (Record) view)) {
            for (java.lang.reflect.RecordComponent component : part.getClass().getRecordComponents()) {
                Object value;
                try {
                    value = component.getAccessor().invoke(part);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                model.put(component.getName(), value);
            }
        }
        return render(name, model, problems);
    }

    /** Renders one template with {@code model} and {@code msg}, or records why it could not be rendered. */
    Optional<String> render(String name, Map<String, ?> model, ProblemList problems) {
        Thread current = Thread.currentThread();
        int seconds = maxSeconds();
        // The watchdog interrupts only while this render runs, so no stray interrupt reaches later work.
        boolean[] running = {true};
        java.util.concurrent.ScheduledFuture<?> stop = watchdog.schedule(() -> {
            synchronized (running) {
                if (running[0]) {
                    current.interrupt();
                }
            }
        }, seconds, java.util.concurrent.TimeUnit.SECONDS);
        try {
            Template template = configuration.getTemplate(name);
            StringWriter out = new StringWriter();
            Map<String, Object> withWords = new java.util.HashMap<>(model);
            withWords.putIfAbsent("msg", messages);
            template.process(withWords, new LimitedWriter(out, MAX_OUTPUT_CHARS));
            return Optional.of(out.toString());
        } catch (SecurityException e) {
            // Freemarker's own guard: a template file whose real path lies outside its folder.
            problems.add(file(name, name), 0, "the template reads a file outside its folder (a symbolic link); "
                    + "copy the file into the folder instead");
        } catch (RuntimeException e) {
            if (!e.getClass().getSimpleName().equals("TemplateProcessingThreadInterruptedException")) {
                throw e;
            }
            problems.add(file(name, name), 0, "the template ran for more than " + seconds
                    + " seconds and was stopped; a loop in it runs too long");
        } catch (StackOverflowError e) {
            problems.add(file(name, name), 0, "the template calls itself without end (a macro or include that "
                    + "never stops); make the recursion stop");
        } catch (LimitedWriter.TooLong e) {
            problems.add(file(name, name), 0, "the template writes more than " + MAX_OUTPUT_CHARS / 1_000_000
                    + " million characters; a loop in it runs too long");
        } catch (TemplateNotFoundException e) {
            problems.add(folders.get(folders.size() - 1).shown() + "/" + name, 0, "template not found");
        } catch (ParseException e) {
            problems.add(file(e.getTemplateName(), name), e.getLineNumber(),
                    "template syntax error: " + oneLine(e.getEditorMessage()));
        } catch (InvalidReferenceException e) {
            problems.add(file(e.getTemplateSourceName(), name), lineOf(e),
                    "'" + e.getBlamedExpressionString() + "' is not defined (or is empty) in this template");
        } catch (TemplateException e) {
            problems.add(file(e.getTemplateSourceName(), name), lineOf(e),
                    "template error: " + firstLine(e.getMessageWithoutStackTop()));
        } catch (IOException e) {
            // Freemarker reports a template that failed to load before by wrapping the first failure.
            IOException cause = e;
            while (cause.getCause() instanceof IOException deeper) {
                cause = deeper;
            }
            problems.add(file(name, name), 0, "cannot read this template: " + IoReason.of(cause));
        } finally {
            synchronized (running) {
                running[0] = false;
                stop.cancel(false);
                Thread.interrupted();
            }
        }
        return Optional.empty();
    }

    /** The template file as shown in messages: in the first folder that has it. */
    private String file(String sourceName, String fallback) {
        String name = sourceName == null ? fallback : sourceName;
        return folders.stream().filter(f -> Files.isRegularFile(f.dir().resolve(name))).findFirst()
                .orElse(folders.get(folders.size() - 1)).shown() + "/" + name;
    }

    private static int lineOf(TemplateException e) {
        return e.getLineNumber() == null ? 0 : e.getLineNumber();
    }

    private static String oneLine(String message) {
        return message == null ? "" : String.join(" ", message.strip().lines().map(String::strip).toList());
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.strip().lines().findFirst().orElse("");
    }
}
