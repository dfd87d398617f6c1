package archfixtures.application.ontap;

import jakarta.enterprise.inject.Instance;

/** Bad for application_depends_on_java_and_domain_only: a use case that reaches for CDI. */
public class ApplicationUsesJakarta {

    Instance<CleanUseCase> useCases;
}
