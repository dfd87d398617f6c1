package archfixtures.rest.pop.sgw;

import archfixtures.application.smartag.CleanSmartagUseCase;

/** Bad for a_context_never_imports_another_context: the context segment sits deeper (rest.pop.sgw -> smartag). */
public class PopSgwUsesSmartag {

    CleanSmartagUseCase useCase;
}
