package dev.glas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of STYLE.md: core is pure Java; ui never reaches into the CLI. */
@AnalyzeClasses(packages = "dev.glas", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreIsPureJava = noClasses().that().resideInAPackage("dev.glas.core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.glas.ui..", "dev.glas.cli..");

    @ArchTest
    static final ArchRule uiDoesNotUseCli = noClasses().that().resideInAPackage("dev.glas.ui..")
            .should().dependOnClassesThat().resideInAPackage("dev.glas.cli..");

    @ArchTest
    static final ArchRule cliDoesNotUseUi = noClasses().that().resideInAPackage("dev.glas.cli..")
            .should().dependOnClassesThat().resideInAPackage("dev.glas.ui..");

    @ArchTest
    static final ArchRule viewModelsDoNotTouchNodes = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.application.Platform")
            .allowEmptyShould(true);
}
