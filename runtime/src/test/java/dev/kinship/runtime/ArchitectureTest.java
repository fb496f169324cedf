package dev.kinship.runtime;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module boundaries: the DSL knows nothing of JDBC or the runtime, and internal packages stay in their module. */
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
}
