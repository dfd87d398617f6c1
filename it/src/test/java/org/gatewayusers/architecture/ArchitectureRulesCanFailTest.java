package org.gatewayusers.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import archfixtures.application.ontap.ApplicationUsesJakarta;
import archfixtures.domain.access.AccessUsesOntap;
import archfixtures.domain.ontap.DomainUsesApplication;
import archfixtures.domain.ontap.DomainUsesJakarta;
import archfixtures.domain.ontap.OntapUsesAccess;
import archfixtures.domain.ontap.OntapUsesSgw;
import archfixtures.domain.sgw.SgwUserNamesItsParameter;
import archfixtures.domain.shared.SharedUsesOntap;
import archfixtures.persistence.ontap.PersistenceUsesRest;
import archfixtures.rest.ontap.RestUsesPersistence;
import archfixtures.rest.pop.sgw.PopSgwUsesSmartag;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves that each rule of {@link ArchitectureRules} can fail: built for the root {@code archfixtures}, each rule
 * fails on the fixture classes that break it, only on those, passes once they are left out, and fails when the
 * packages it talks about are empty.
 */
class ArchitectureRulesCanFailTest {

    private static final String ROOT = "archfixtures";

    /** Immutable: ArchUnit's imported classes cannot be changed, only filtered into new instances. */
    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages(ROOT);

    private static final String EMPTY_SHOULD = "failed to check any classes";

    static Stream<Arguments> rules_and_the_fixtures_that_break_them() {
        return Stream.of(
                arguments("domain_depends_on_java_only", ArchitectureRules.domainDependsOnJavaOnly(ROOT),
                        List.of(DomainUsesJakarta.class, DomainUsesApplication.class)),
                arguments("application_depends_on_java_and_domain_only",
                        ArchitectureRules.applicationDependsOnJavaAndDomainOnly(ROOT),
                        List.of(ApplicationUsesJakarta.class)),
                arguments("rest_adapter_does_not_depend_on_persistence_adapter",
                        ArchitectureRules.restAdapterDoesNotDependOnPersistenceAdapter(ROOT),
                        List.of(RestUsesPersistence.class)),
                arguments("persistence_adapter_does_not_depend_on_rest_adapter",
                        ArchitectureRules.persistenceAdapterDoesNotDependOnRestAdapter(ROOT),
                        List.of(PersistenceUsesRest.class)),
                arguments("a_context_never_imports_another_context",
                        ArchitectureRules.aContextNeverImportsAnotherContext(ROOT),
                        List.of(OntapUsesSgw.class, PopSgwUsesSmartag.class, SharedUsesOntap.class,
                                OntapUsesAccess.class, AccessUsesOntap.class)),
                arguments("domain_holds_no_wire_names", ArchitectureRules.domainHoldsNoWireNames(ROOT),
                        List.of(SgwUserNamesItsParameter.class)));
    }

    static Stream<Arguments> rules_for_a_root_without_classes() {
        String empty = ROOT + ".nothing";
        return Stream.of(
                arguments("domain_depends_on_java_only", ArchitectureRules.domainDependsOnJavaOnly(empty)),
                arguments("application_depends_on_java_and_domain_only",
                        ArchitectureRules.applicationDependsOnJavaAndDomainOnly(empty)),
                arguments("rest_adapter_does_not_depend_on_persistence_adapter",
                        ArchitectureRules.restAdapterDoesNotDependOnPersistenceAdapter(empty)),
                arguments("persistence_adapter_does_not_depend_on_rest_adapter",
                        ArchitectureRules.persistenceAdapterDoesNotDependOnRestAdapter(empty)),
                arguments("a_context_never_imports_another_context",
                        ArchitectureRules.aContextNeverImportsAnotherContext(empty)),
                arguments("domain_holds_no_wire_names", ArchitectureRules.domainHoldsNoWireNames(empty)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules_and_the_fixtures_that_break_them")
    void fails_on_the_fixtures_that_break_it_and_names_them(String name, ArchRule rule, List<Class<?>> bad) {
        AssertionError error = assertThrows(AssertionError.class, () -> rule.check(FIXTURES));

        for (Class<?> badClass : bad) {
            assertTrue(error.getMessage().contains("<" + badClass.getName()),
                    () -> "expected the violation to name " + badClass.getName() + ":\n" + error.getMessage());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules_and_the_fixtures_that_break_them")
    void every_violation_comes_from_a_fixture_that_breaks_it(String name, ArchRule rule, List<Class<?>> bad) {
        List<String> violations = rule.evaluate(FIXTURES).getFailureReport().getDetails();

        assertFalse(violations.isEmpty(), name + " found no violation");
        for (String violation : violations) {
            assertTrue(bad.stream().anyMatch(badClass -> comesFrom(violation, badClass)),
                    () -> name + " reported a violation by a clean fixture: " + violation);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules_and_the_fixtures_that_break_them")
    void passes_once_the_fixtures_that_break_it_are_left_out(String name, ArchRule rule, List<Class<?>> bad) {
        JavaClasses clean = FIXTURES.that(not(belongToAnyOf(bad.toArray(Class<?>[]::new))));

        assertDoesNotThrow(() -> rule.check(clean));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules_for_a_root_without_classes")
    void fails_when_the_packages_it_talks_about_are_empty(String name, ArchRule rule) {
        AssertionError error = assertThrows(AssertionError.class, () -> rule.check(FIXTURES));

        assertTrue(error.getMessage().contains(EMPTY_SHOULD), error::getMessage);
    }

    @Test
    void every_rule_fails_on_no_classes_at_all() {
        JavaClasses none = FIXTURES.that(resideInAPackage(ROOT + ".nothing.."));

        for (ArchRule rule : ArchitectureRules.all(ROOT)) {
            AssertionError error = assertThrows(AssertionError.class, () -> rule.check(none), rule::getDescription);
            assertTrue(error.getMessage().contains(EMPTY_SHOULD), error::getMessage);
        }
    }

    @Test
    void rest_rule_fails_when_the_persistence_package_is_empty() {
        JavaClasses withoutPersistence = FIXTURES.that(not(resideInAPackage(ROOT + ".persistence..")));
        ArchRule rule = ArchitectureRules.restAdapterDoesNotDependOnPersistenceAdapter(ROOT);

        AssertionError error = assertThrows(AssertionError.class, () -> rule.check(withoutPersistence));

        assertTrue(error.getMessage().contains(EMPTY_SHOULD) && error.getMessage().contains(ROOT + ".persistence.."),
                error::getMessage);
    }

    @Test
    void persistence_rule_fails_when_the_rest_package_is_empty() {
        JavaClasses withoutRest = FIXTURES.that(not(resideInAPackage(ROOT + ".rest..")));
        ArchRule rule = ArchitectureRules.persistenceAdapterDoesNotDependOnRestAdapter(ROOT);

        AssertionError error = assertThrows(AssertionError.class, () -> rule.check(withoutRest));

        assertTrue(error.getMessage().contains(EMPTY_SHOULD) && error.getMessage().contains(ROOT + ".rest.."),
                error::getMessage);
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(nullValues = "none", value = {
            "org.gatewayusers.domain.ontap,               org.gatewayusers, ontap",
            "org.gatewayusers.application.shared,         org.gatewayusers, shared",
            "org.gatewayusers.domain.access,              org.gatewayusers, access",
            "org.gatewayusers.rest.ontap.access,          org.gatewayusers, ontap",
            "org.gatewayusers.rest.pop.sgw,               org.gatewayusers, sgw",
            "org.gatewayusers.rest.pop.smartag.handlers,  org.gatewayusers, smartag",
            "org.gatewayusers.rest.pop,                   org.gatewayusers, none",
            "org.gatewayusers.rest.wiring,                org.gatewayusers, none",
            "org.gatewayusers.rest.ontapish,              org.gatewayusers, none",
            "com.example.ontap,                           org.gatewayusers, none",
            "org.gatewayusersx.ontap,                     org.gatewayusers, none",
            "archfixtures.rest.pop.sgw,                   archfixtures,     sgw"})
    void finds_the_context_of_a_package_at_any_depth(String packageName, String root, String context) {
        assertEquals(Optional.ofNullable(context), ArchitectureRules.contextOf(packageName, root));
    }

    /**
     * Whether ArchUnit's description of a violation starts at the bad class (or a member or nested class of it), as
     * in "Field &lt;a.b.Bad.field&gt; has type &lt;c.D&gt; in (Bad.java:0)".
     */
    private static boolean comesFrom(String violation, Class<?> badClass) {
        String origin = violation.substring(violation.indexOf('<') + 1);
        return origin.startsWith(badClass.getName())
                && ".$>(".indexOf(origin.charAt(badClass.getName().length())) >= 0;
    }
}
