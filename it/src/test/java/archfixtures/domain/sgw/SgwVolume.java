package archfixtures.domain.sgw;

import archfixtures.domain.shared.AccountName;

/** Clean: sgw may import shared. */
public record SgwVolume(String id, AccountName owner) {
}
