package archfixtures.domain.ontap;

import jakarta.persistence.EntityManager;

/** Bad for domain_depends_on_java_only: the domain reaches for JPA. */
public class DomainUsesJakarta {

    EntityManager entityManager;
}
