package archfixtures.rest.ontap;

import archfixtures.persistence.ontap.CleanEntity;

/** Bad for rest_adapter_does_not_depend_on_persistence_adapter. */
public class RestUsesPersistence {

    CleanEntity entity;
}
