package archfixtures.persistence.ontap;

import archfixtures.rest.ontap.CleanResource;

/** Bad for persistence_adapter_does_not_depend_on_rest_adapter. */
public class PersistenceUsesRest {

    CleanResource resource;
}
