package archfixtures.domain.ontap;

import archfixtures.domain.sgw.SgwVolume;

/** Bad for a_context_never_imports_another_context: ontap imports sgw. */
public class OntapUsesSgw {

    SgwVolume volume;
}
