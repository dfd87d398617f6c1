package archfixtures.domain.access;

import archfixtures.domain.ontap.CleanLocalUser;

/** Bad for a_context_never_imports_another_context: the access context imports the ontap context. */
public class AccessUsesOntap {

    CleanLocalUser user;
}
