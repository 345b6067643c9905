package se.valdsprevention.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.valdsprevention.core");

    @Test
    void importsTheProductionClassesOfEveryFeature() {
        assertThat(CORE).hasSizeGreaterThan(50);
        assertThat(CORE.contain("se.valdsprevention.core.situation.SituationPicture"))
                .isTrue();
        assertThat(CORE.contain("se.valdsprevention.core.json.DomainJson")).isTrue();
    }

    @Test
    void knowsNothingOfSpringCamundaOrJakarta() {
        noClasses()
                .that()
                .resideInAPackage("se.valdsprevention.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "org.camunda..", "jakarta..", "javax..")
                .allowEmptyShould(false)
                .check(CORE);
    }

    @Test
    void keepsJsonOutOfTheDomain() {
        noClasses()
                .that()
                .resideInAPackage("se.valdsprevention.core..")
                .and()
                .resideOutsideOfPackage("se.valdsprevention.core.json..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("se.valdsprevention.core.json..")
                .allowEmptyShould(false)
                .check(CORE);
    }

    @Test
    void keepsValidationFreeOfTheDomain() {
        noClasses()
                .that()
                .resideInAPackage("se.valdsprevention.core.validation..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "se.valdsprevention.core.county..",
                        "se.valdsprevention.core.team..",
                        "se.valdsprevention.core.situation..",
                        "se.valdsprevention.core.plan..",
                        "se.valdsprevention.core.decision..",
                        "se.valdsprevention.core.meeting..",
                        "se.valdsprevention.core.method..",
                        "se.valdsprevention.core.json..")
                .allowEmptyShould(false)
                .check(CORE);
    }

    @Test
    void givesEveryPackageAPackageInfo() {
        CORE.getPackage("se.valdsprevention.core")
                .getSubpackages()
                .forEach(javaPackage -> assertThat(javaPackage.getPackageInfo())
                        .as(javaPackage.getName())
                        .isNotNull());
    }
}
