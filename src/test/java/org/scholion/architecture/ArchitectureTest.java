package org.scholion.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The package rules hold for Scholion, and each rule really catches what it forbids: the fixture
 * package {@code fixture.arch} breaks every rule once, and each rule must report its breaker.
 */
class ArchitectureTest {

    private static JavaClasses product;
    private static JavaClasses fixture;

    @BeforeAll
    static void importClasses() {
        // Not ArchUnit's DO_NOT_INCLUDE_TESTS, which only knows .../target/test-classes: the build
        // directory may be elsewhere (-Dscholion.build.dir).
        ImportOption productOnly = location -> !location.contains("/test-classes/");
        product = new ClassFileImporter().withImportOption(productOnly).importPackages("org.scholion");
        fixture = new ClassFileImporter().importPackages("fixture.arch");
    }

    @Test
    void productHasTheFeaturePackagesTheRulesSpeakOf() {
        assertThat(product.stream().map(c -> c.getPackageName()).distinct())
                .contains("org.scholion.codebook", "org.scholion.coding", "org.scholion.source",
                        "org.scholion.store", "org.scholion.json", "org.scholion.cli", "org.scholion.app");
    }

    static Stream<Arguments> productRules() {
        return new ArchitectureRules("org.scholion").all().entrySet().stream()
                .map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("productRules")
    void productKeepsRule(String name, ArchRule rule) {
        rule.check(product);
    }

    static Stream<Arguments> brokenRules() {
        Map<String, ArchRule> rules = new ArchitectureRules("fixture.arch").all();
        return Stream.of(
                Arguments.of(rules.get("domain depends on the JDK core alone"), "fixture.arch.codebook.DomainUsingJdbc"),
                Arguments.of(rules.get("JavaFX only in ui and app"), "fixture.arch.index.IndexUsingJavaFx"),
                Arguments.of(rules.get("charts are drawn with the JDK core alone"), "fixture.arch.chart.ChartUsingAwt"),
                Arguments.of(rules.get("Tika only in corpus"), "fixture.arch.store.StoreUsingTika"),
                Arguments.of(rules.get("Lucene only in index"), "fixture.arch.cli.CliUsingLucene"),
                Arguments.of(rules.get("JDBC only in store"), "fixture.arch.codebook.DomainUsingJdbc"),
                Arguments.of(rules.get("Jackson only in json"), "fixture.arch.project.ProjectUsingJackson"),
                Arguments.of(rules.get("picocli only in cli"), "fixture.arch.store.StoreUsingPicocli"),
                Arguments.of(rules.get("POI only in export"), "fixture.arch.project.ProjectUsingPoi"),
                Arguments.of(rules.get("command line and workbench are reached only from app"),
                        "fixture.arch.project.ProjectUsingCli"),
                Arguments.of(rules.get("view models are tested without a window: no scene graph, no RichTextFX"),
                        "fixture.arch.ui.SceneUsingViewModel"),
                Arguments.of(rules.get("no cycles between feature packages"), "fixture.arch.analysis.CycleStart"));
    }

    @ParameterizedTest(name = "{0} catches {1}")
    @MethodSource("brokenRules")
    void ruleReportsTheClassThatBreaksIt(ArchRule rule, String breaker) {
        EvaluationResult result = rule.evaluate(fixture);
        assertThat(result.hasViolation()).as("rule %s must fail on the fixture", rule.getDescription()).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails())).contains(breaker);
    }
}
