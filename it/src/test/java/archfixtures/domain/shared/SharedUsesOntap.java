package archfixtures.domain.shared;

import archfixtures.domain.ontap.CleanLocalUser;

/** Bad for a_context_never_imports_another_context: shared imports the ontap context. */
public class SharedUsesOntap {

    CleanLocalUser user;
}
