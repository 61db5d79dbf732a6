package org.gutskin.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Imports point one way: io → profile → diversity/cohort → index → evidence → report. {@code io} and
 * {@code provenance} are the ground floor: every layer may use them, and they use no gutskin package ({@code io} holds
 * the one user-error type, {@code InputException}, so no exception is needed).
 */
class LayeringTest {

    @Test
    void layersOnlyLookDown() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.gutskin");
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("io").definedBy("org.gutskin.io..")
                .layer("provenance").definedBy("org.gutskin.provenance..")
                .layer("profile").definedBy("org.gutskin.profile..")
                .layer("diversity").definedBy("org.gutskin.diversity..")
                .layer("cohort").definedBy("org.gutskin.cohort..")
                .layer("index").definedBy("org.gutskin.index..")
                .layer("evidence").definedBy("org.gutskin.evidence..")
                .layer("report").definedBy("org.gutskin.report..")
                .whereLayer("report").mayNotBeAccessedByAnyLayer()
                .whereLayer("evidence").mayOnlyBeAccessedByLayers("report")
                .whereLayer("index").mayOnlyBeAccessedByLayers("evidence", "report", "cohort")
                .whereLayer("cohort").mayOnlyBeAccessedByLayers("report")
                .whereLayer("diversity").mayOnlyBeAccessedByLayers("index", "evidence", "report", "cohort")
                .whereLayer("profile").mayOnlyBeAccessedByLayers("diversity", "cohort", "index", "evidence", "report")
                .check(classes);
    }

    /** The provenance record is beside {@code io} on the ground floor: every layer records it, it imports none. */
    @Test
    void provenanceIsOnTheGroundFloor() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.gutskin");
        noClasses().that().resideInAPackage("org.gutskin.provenance..")
                .should().dependOnClassesThat(resideInAPackage("org.gutskin..")
                        .and(not(resideInAPackage("org.gutskin.provenance.."))))
                .check(classes);
    }

    @Test
    void ioIsTheGroundFloor() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.gutskin");
        noClasses().that().resideInAPackage("org.gutskin.io..")
                .should().dependOnClassesThat(resideInAPackage("org.gutskin..")
                        .and(not(resideInAPackage("org.gutskin.io.."))))
                .check(classes);
    }
}
