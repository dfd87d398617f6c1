package archfixtures.rest.pop;

import archfixtures.rest.pop.sgw.CleanPopSgwHandler;
import archfixtures.rest.pop.smartag.CleanPopSmartagHandler;

/** Clean: a package without a context segment may use every context's handlers. */
public class CleanPopDispatcher {

    CleanPopSgwHandler sgw;
    CleanPopSmartagHandler smartag;
}
