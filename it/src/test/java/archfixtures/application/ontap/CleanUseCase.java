package archfixtures.application.ontap;

import archfixtures.domain.ontap.CleanLocalUser;
import archfixtures.domain.shared.AccountName;
import java.util.Optional;

/** Clean: a use case that depends on java.* and the domain only. */
public class CleanUseCase {

    public Optional<CleanLocalUser> find(AccountName name) {
        return Optional.empty();
    }
}
