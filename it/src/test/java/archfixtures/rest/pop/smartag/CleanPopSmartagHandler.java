package archfixtures.rest.pop.smartag;

import archfixtures.application.smartag.CleanSmartagUseCase;
import archfixtures.domain.shared.AccountName;

/** Clean: smartag at depth three uses the smartag application and shared. */
public class CleanPopSmartagHandler {

    CleanSmartagUseCase useCase;

    void handle(String name) {
        useCase.resetPassword(new AccountName(name));
    }
}
