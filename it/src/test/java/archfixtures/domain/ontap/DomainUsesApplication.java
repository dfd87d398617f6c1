package archfixtures.domain.ontap;

import archfixtures.application.ontap.CleanUseCase;

/** Bad for domain_depends_on_java_only: the domain points outward, at the application. */
public class DomainUsesApplication {

    CleanUseCase useCase;
}
