package org.gatewayusers.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rules of DESIGN.md over the production classes of every module. */
@AnalyzeClasses(packages = ArchitectureTest.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String ROOT = "org.gatewayusers";

    @ArchTest
    static final ArchRule domain_depends_on_java_only = ArchitectureRules.domainDependsOnJavaOnly(ROOT);

    @ArchTest
    static final ArchRule application_depends_on_java_and_domain_only =
            ArchitectureRules.applicationDependsOnJavaAndDomainOnly(ROOT);

    @ArchTest
    static final ArchRule rest_adapter_does_not_depend_on_persistence_adapter =
            ArchitectureRules.restAdapterDoesNotDependOnPersistenceAdapter(ROOT);

    @ArchTest
    static final ArchRule persistence_adapter_does_not_depend_on_rest_adapter =
            ArchitectureRules.persistenceAdapterDoesNotDependOnRestAdapter(ROOT);

    @ArchTest
    static final ArchRule a_context_never_imports_another_context =
            ArchitectureRules.aContextNeverImportsAnotherContext(ROOT);

    @ArchTest
    static final ArchRule domain_holds_no_wire_names = ArchitectureRules.domainHoldsNoWireNames(ROOT);
}
