package archfixtures.application.smartag;

import archfixtures.domain.shared.AccountName;

/** Clean: smartag may import shared. */
public class CleanSmartagUseCase {

    public void resetPassword(AccountName name) {
    }
}
