package org.backspasm.handbook;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The packages' arrows point one way, in the order written in {@code org/backspasm/handbook/package-info.java}
 * and the README: each package may use the ones before it, never one after it, and no two packages use each
 * other.
 */
class PackageOrderTest {

    /** From the bottom (used by all) to the top (uses all). */
    static final List<String> ORDER = List.of("model", "problem", "content", "check", "render", "build", "preview",
            "cli");

    static ArchRule packageOrder(String root) {
        CompositeArchRule rule = CompositeArchRule.of(slices().matching(root + ".(*)..").should().beFreeOfCycles());
        for (int i = 0; i < ORDER.size(); i++) {
            String[] later = ORDER.subList(i + 1, ORDER.size()).stream().map(p -> root + "." + p + "..")
                    .toArray(String[]::new);
            if (later.length > 0) {
                rule = rule.and(noClasses().that().resideInAPackage(root + "." + ORDER.get(i) + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(later)
                        .because(ORDER.get(i) + " comes before " + String.join(", ", ORDER.subList(i + 1,
                                ORDER.size())) + " in the package order").allowEmptyShould(true));
            }
        }
        String[] known = ORDER.stream().map(p -> root + "." + p + "..").toArray(String[]::new);
        return rule.and(classes().that().doNotHaveSimpleName("package-info").should().resideInAnyPackage(known)
                .because("every class belongs to a package in the order"));
    }

    @Test
    void theHandbooksPackagesFollowTheOrder() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.backspasm.handbook");
        assertTrue(classes.size() > 50, "the handbook's classes were imported: " + classes.size());
        packageOrder("org.backspasm.handbook").check(classes);
    }

    @Test
    void aDeliberateCycleFailsTheRule() {
        JavaClasses classes = new ClassFileImporter().importPackages("org.backspasm.handbook.packagecycle");
        AssertionError error = assertThrows(AssertionError.class,
                () -> packageOrder("org.backspasm.handbook.packagecycle").check(classes));
        assertTrue(error.getMessage().contains("Cycle detected: Slice content -> "), error.getMessage());
        assertTrue(error.getMessage().contains("because model comes before problem, content, check"), error.getMessage());
        assertTrue(error.getMessage().contains("Page.reread(java.lang.String)> calls method <org.backspasm.handbook"
                + ".packagecycle.content.PageReader.read"), error.getMessage());
    }
}
