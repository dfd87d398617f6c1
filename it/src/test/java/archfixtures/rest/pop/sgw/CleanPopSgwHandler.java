package archfixtures.rest.pop.sgw;

import archfixtures.domain.sgw.SgwVolume;

/** Clean: the sgw context at depth three uses the sgw domain. */
public class CleanPopSgwHandler {

    SgwVolume volume;
}
