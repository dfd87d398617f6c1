package archfixtures.domain.access;

import archfixtures.domain.shared.AccountName;

/** Clean: the access context's own value, on what all share. */
public record ApiKey(AccountName owner, String id) {
}
