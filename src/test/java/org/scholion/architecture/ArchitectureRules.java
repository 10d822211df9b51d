package org.scholion.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Scholion's package rules (docs/architecture.md), written for any base package so that the same
 * rules are checked against the product and against a fixture that breaks each one.
 */
final class ArchitectureRules {

    /** The parts of the JDK the domain may use: values, collections, time, text; not JDBC, AWT or desktop. */
    private static final String[] JDK_CORE_PACKAGES = {
        "java.lang..", "java.util..", "java.time..", "java.math..", "java.text..", "java.io..", "java.nio.."};

    private final String base;

    ArchitectureRules(String base) {
        this.base = base;
    }

    private String in(String feature) {
        return base + "." + feature + "..";
    }

    /** Every rule by a short name; all must hold for the product. */
    Map<String, ArchRule> all() {
        Map<String, ArchRule> rules = new LinkedHashMap<>();
        rules.put("domain depends on the JDK core alone", classes()
                .that().resideInAnyPackage(in("codebook"), in("coding"), in("source"))
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage(domainAndJdkCore())
                .allowEmptyShould(true));
        rules.put("charts are drawn with the JDK core alone", classes()
                .that().resideInAPackage(in("chart"))
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage(chartAllowed())
                .allowEmptyShould(true));
        rules.put("JavaFX only in ui and app", onlyIn(new String[] {"ui", "app"}, "javafx..", "org.fxmisc..", "atlantafx.."));
        rules.put("Tika only in corpus", onlyIn(new String[] {"corpus"}, "org.apache.tika.."));
        rules.put("Lucene only in index", onlyIn(new String[] {"index"}, "org.apache.lucene.."));
        rules.put("JDBC only in store", onlyIn(new String[] {"store"}, "java.sql..", "javax.sql..", "org.sqlite.."));
        rules.put("Jackson only in json", onlyIn(new String[] {"json"}, "com.fasterxml.jackson.."));
        rules.put("picocli only in cli", onlyIn(new String[] {"cli"}, "picocli.."));
        rules.put("POI only in export", onlyIn(new String[] {"export"}, "org.apache.poi.."));
        rules.put("command line and workbench are reached only from app", noClasses()
                .that().resideOutsideOfPackages(in("app"), in("cli"), in("ui"))
                .should().dependOnClassesThat().resideInAnyPackage(in("cli"), in("ui"))
                .allowEmptyShould(true));
        rules.put("view models are tested without a window: no scene graph, no RichTextFX", noClasses()
                .that().resideInAPackage(in("ui")).and().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "org.fxmisc..", "atlantafx..")
                .allowEmptyShould(true));
        rules.put("no cycles between feature packages", slices()
                .matching(base + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true));
        return rules;
    }

    private String[] domainAndJdkCore() {
        String[] allowed = java.util.Arrays.copyOf(JDK_CORE_PACKAGES, JDK_CORE_PACKAGES.length + 3);
        allowed[JDK_CORE_PACKAGES.length] = in("codebook");
        allowed[JDK_CORE_PACKAGES.length + 1] = in("coding");
        allowed[JDK_CORE_PACKAGES.length + 2] = in("source");
        return allowed;
    }

    /** A chart is written from a table without a window: the JDK core, the tables of analysis, the domain. */
    private String[] chartAllowed() {
        String[] domain = domainAndJdkCore();
        String[] allowed = java.util.Arrays.copyOf(domain, domain.length + 2);
        allowed[domain.length] = in("analysis");
        allowed[domain.length + 1] = in("chart");
        return allowed;
    }

    private ArchRule onlyIn(String[] features, String... libraries) {
        String[] allowed = new String[features.length];
        for (int i = 0; i < features.length; i++) {
            allowed[i] = in(features[i]);
        }
        return noClasses()
                .that().resideInAPackage(base + "..").and().resideOutsideOfPackages(allowed)
                .should().dependOnClassesThat().resideInAnyPackage(libraries)
                .allowEmptyShould(true);
    }
}
