package org.gatewayusers.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Optional;

/**
 * The dependency rules of DESIGN.md, built for a root package so that the same rules run on the real code
 * ({@code org.gatewayusers}) and on the deliberately bad fixtures ({@code archfixtures}).
 *
 * <p>Every rule fails when the packages it talks about hold no class: each rule sets {@code allowEmptyShould(false)}
 * explicitly, so that neither a renamed package nor an {@code archunit.properties} with
 * {@code archRule.failOnEmptyShould=false} can make it pass by checking nothing.
 */
public final class ArchitectureRules {

    /** The bounded contexts that must not import each other (the edge aside: see {@link #ACCESS}). */
    public static final List<String> CONTEXTS = List.of("ontap", "sgw", "smartag", "access");

    /**
     * The context of the service's own callers (API accounts and roles, access keys and policies): no other context's
     * domain, use cases or persistence imports it; the edge ({@code rest}) of a dialect may, since it lets that
     * dialect's callers in.
     */
    public static final String ACCESS = "access";

    /** The context that every other context may import. */
    public static final String SHARED = "shared";

    private ArchitectureRules() {
    }

    public static ArchRule domainDependsOnJavaOnly(String root) {
        return classes().that().resideInAPackage(domain(root))
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", domain(root))
                .because("the domain is pure Java: no jakarta, no JPA, no validation annotations, no logging framework")
                .allowEmptyShould(false);
    }

    public static ArchRule applicationDependsOnJavaAndDomainOnly(String root) {
        return classes().that().resideInAPackage(application(root))
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", domain(root), application(root))
                .because("use cases are plain classes built by the composition root; dependencies point inward")
                .allowEmptyShould(false);
    }

    public static ArchRule restAdapterDoesNotDependOnPersistenceAdapter(String root) {
        return adapterDoesNotDependOnAdapter(root, rest(root), persistence(root));
    }

    public static ArchRule persistenceAdapterDoesNotDependOnRestAdapter(String root) {
        return adapterDoesNotDependOnAdapter(root, persistence(root), rest(root));
    }

    /**
     * A class whose package has a context segment (ontap, sgw, smartag, access) at any depth below the root does not
     * depend on a class under the root whose package has a different context segment; {@code shared} is allowed from
     * everywhere, and depends on no context itself (what all share cannot know any one of them). The one exception:
     * a class of the edge ({@code rest}) may depend on {@link #ACCESS}.
     */
    public static ArchRule aContextNeverImportsAnotherContext(String root) {
        return classes().that(resideInAContextPackage(root))
                .should(notDependOnAnotherContext(root))
                .because("bounded contexts are packages; a context never imports another context, all may import "
                        + SHARED + ", which imports none; only the edge imports " + ACCESS + ", to let callers in")
                .allowEmptyShould(false);
    }

    /**
     * The domain names what a rejection is about in its own terms (a {@code Subject}); a vendor's parameter or JSON
     * field name ({@code "SmartAGId"}, {@code "svm.name"}) is the adapter's, so no domain class declares a string
     * constant named {@code ..._FIELD} for one.
     */
    public static ArchRule domainHoldsNoWireNames(String root) {
        return fields().that().areDeclaredInClassesThat().resideInAPackage(domain(root))
                .and().areStatic().and().areFinal().and().haveRawType(String.class)
                .should().haveNameNotMatching(".*FIELD")
                .because("vendor wire names stay in the adapters: each dialect's catalog names a rejection's subject")
                .allowEmptyShould(false);
    }

    /** All rules for a root, in the order of DESIGN.md. */
    public static List<ArchRule> all(String root) {
        return List.of(domainDependsOnJavaOnly(root), applicationDependsOnJavaAndDomainOnly(root),
                restAdapterDoesNotDependOnPersistenceAdapter(root), persistenceAdapterDoesNotDependOnRestAdapter(root),
                aContextNeverImportsAnotherContext(root), domainHoldsNoWireNames(root));
    }

    /**
     * The context of a package below the root: its first segment (after the root) that names a context or
     * {@code shared}; empty for packages outside the root or without such a segment.
     */
    static Optional<String> contextOf(String packageName, String root) {
        if (!packageName.startsWith(root + ".")) {
            return Optional.empty();
        }
        for (String segment : packageName.substring(root.length() + 1).split("\\.")) {
            if (CONTEXTS.contains(segment) || SHARED.equals(segment)) {
                return Optional.of(segment);
            }
        }
        return Optional.empty();
    }

    private static ArchRule adapterDoesNotDependOnAdapter(String root, String origin, String target) {
        ArchRule noDependency = noClasses().that().resideInAPackage(origin)
                .should().dependOnClassesThat().resideInAPackage(target)
                .allowEmptyShould(false);
        // The rule talks about both packages: the target must not be empty either, or a renamed target package
        // would make it pass by checking nothing.
        ArchRule targetExists = classes().that().resideInAPackage(target)
                .should(exist())
                .allowEmptyShould(false);
        return CompositeArchRule.of(noDependency).and(targetExists)
                .as("no classes that reside in a package '" + origin + "' should depend on classes that reside in a"
                        + " package '" + target + "' (and both packages hold classes)")
                .because("adapters depend on application and domain, never on each other's classes")
                .allowEmptyShould(false);
    }

    private static DescribedPredicate<JavaClass> resideInAContextPackage(String root) {
        return DescribedPredicate.describe("reside in a context package " + CONTEXTS + " or " + SHARED + " below '"
                + root + "'", javaClass -> contextOf(javaClass.getPackageName(), root).isPresent());
    }

    private static ArchCondition<JavaClass> notDependOnAnotherContext(String root) {
        return new ArchCondition<>("not depend on classes below '" + root + "' of another context") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> own = contextOf(origin.getPackageName(), root);
                if (own.isEmpty()) {
                    return;
                }
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    Optional<String> other = contextOf(target.getPackageName(), root);
                    if (other.isPresent() && CONTEXTS.contains(other.get()) && !other.get().equals(own.get())
                            && !(ACCESS.equals(other.get()) && isEdge(origin.getPackageName(), root))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                + " [context '" + own.get() + "' imports context '" + other.get() + "']"));
                    }
                }
            }
        };
    }

    /** Whether a package is the REST adapter's, the edge where each dialect lets its callers in. */
    private static boolean isEdge(String packageName, String root) {
        return (packageName + ".").startsWith(root + ".rest.");
    }

    private static ArchCondition<JavaClass> exist() {
        return new ArchCondition<>("exist") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                // Nothing to check: the rule fails only when no class resides in the package (allowEmptyShould false).
            }
        };
    }

    private static String domain(String root) {
        return root + ".domain..";
    }

    private static String application(String root) {
        return root + ".application..";
    }

    private static String rest(String root) {
        return root + ".rest..";
    }

    private static String persistence(String root) {
        return root + ".persistence..";
    }
}
