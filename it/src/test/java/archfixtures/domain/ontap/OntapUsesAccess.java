package archfixtures.domain.ontap;

import archfixtures.domain.access.ApiKey;

/** Bad for a_context_never_imports_another_context: the ontap domain imports the access context (only edges may). */
public class OntapUsesAccess {

    ApiKey key;
}
