package archfixtures.rest.ontap.access;

import archfixtures.domain.access.ApiKey;
import archfixtures.rest.ontap.CleanResource;

/** Clean: the edge of a dialect lets its callers in through the access context, beside the dialect's resources. */
public class CleanLoginFilter {

    ApiKey caller;

    CleanResource guarded;
}
