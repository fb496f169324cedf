package dev.kinship.runtime;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries: the DSL knows nothing of JDBC or the runtime, internal packages stay in
 * their module, and the runtime's internal packages depend on each other without cycles.
 */
class ArchitectureTest {

    /** The production classes of every Kinship module on the test class path (the DSL's and the runtime's). */
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.kinship");

    @Test
    void dslClasses_dependencies_includeNoJdbcAndNoRuntime() {
        noClasses().that().resideInAPackage("dev.kinship.dsl..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "dev.kinship.runtime..")
            .check(PRODUCTION);
    }

    @Test
    void dslInternal_dependents_areDslClassesOnly() {
        classes().that().resideInAPackage("dev.kinship.dsl.internal..")
            .should().onlyHaveDependentClassesThat().resideInAPackage("dev.kinship.dsl..")
            .check(PRODUCTION);
    }

    @Test
    void runtimeInternal_dependents_areRuntimeClassesOnly() {
        classes().that().resideInAPackage("dev.kinship.runtime.internal..")
            .should().onlyHaveDependentClassesThat().resideInAPackage("dev.kinship.runtime..")
            .check(PRODUCTION);
    }

    @Test
    void runtimeInternalPackages_dependencies_areFreeOfCycles() {
        slices().matching("dev.kinship.runtime.internal.(*)..")
            .should().beFreeOfCycles()
            .check(PRODUCTION);
    }

    @Test
    void modelPackage_dependencies_reachOnlyCodecsInternally() {
        noClasses().that().resideInAPackage("dev.kinship.runtime.internal.model..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.kinship.runtime.internal.cache..",
                "dev.kinship.runtime.internal.jdbc..", "dev.kinship.runtime.internal.loading..",
                "dev.kinship.runtime.internal.proxy..", "dev.kinship.runtime.internal.session..",
                "dev.kinship.runtime.internal.sql..", "dev.kinship.runtime.internal.write..")
            .check(PRODUCTION);
    }
}
