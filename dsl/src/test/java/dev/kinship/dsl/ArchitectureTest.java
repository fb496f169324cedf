package dev.kinship.dsl;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The module boundaries of the DSL, checked on its production classes. */
class ArchitectureTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.kinship");

    @Test
    void import_productionClasses_containPublicAndInternalDsl() {
        assertThat(PRODUCTION.contain(Schema.class)).isTrue();
        assertThat(PRODUCTION.contain(dev.kinship.dsl.internal.SchemaResolver.class)).isTrue();
        assertThat(PRODUCTION.contain(ArchitectureTest.class)).isFalse();
    }

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
        // No runtime class belongs to this module (see the rule above); this keeps it so if one is ever added.
        classes().that().resideInAPackage("dev.kinship.runtime.internal..")
            .should().onlyHaveDependentClassesThat().resideInAPackage("dev.kinship.runtime..")
            .allowEmptyShould(true)
            .check(PRODUCTION);
    }

    @Test
    void publicDslApi_signatures_exposeNoInternalTypes() {
        codeUnits().that().arePublic()
            .and().areDeclaredInClassesThat().resideInAPackage("dev.kinship.dsl")
            .and().areDeclaredInClassesThat().arePublic()
            .should(exposeNoTypeFrom("dev.kinship.dsl.internal"))
            .check(PRODUCTION);
    }

    private static ArchCondition<JavaCodeUnit> exposeNoTypeFrom(String internalPackage) {
        return new ArchCondition<>("expose no type from " + internalPackage) {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                List<JavaType> signature = new ArrayList<>(unit.getParameterTypes());
                signature.add(unit.getReturnType());
                for (JavaType type : signature) {
                    for (JavaClass involved : type.getAllInvolvedRawTypes()) {
                        if (involved.getPackageName().startsWith(internalPackage)) {
                            events.add(SimpleConditionEvent.violated(unit,
                                unit.getFullName() + " exposes " + involved.getName()));
                        }
                    }
                }
            }
        };
    }
}
