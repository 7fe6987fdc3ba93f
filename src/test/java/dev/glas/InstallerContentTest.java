package dev.glas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * What the installer leaves out must stay unused: installer/installer.xml drops DuckDB (duckdb_jdbc, 85 MB
 * with natives for every OS; in Smile only {@code smile.data.SQL} uses it) from the packaged app. Code that needs it must first put
 * the jar back into the installer (and accept the size).
 */
@AnalyzeClasses(packages = "dev.glas", importOptions = ImportOption.DoNotIncludeTests.class)
class InstallerContentTest {

    @ArchTest
    static final ArchRule noDuckDb = noClasses().that().resideInAPackage("dev.glas..")
            .should().dependOnClassesThat().resideInAPackage("org.duckdb..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("smile.data.SQL")
            .because("the installer does not ship duckdb_jdbc (see installer/installer.xml)");
}
