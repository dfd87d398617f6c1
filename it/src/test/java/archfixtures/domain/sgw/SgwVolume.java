package archfixtures.domain.sgw;

import archfixtures.domain.shared.AccountName;

/** Clean: sgw may import shared; a string constant that names no wire field is the domain's own. */
public record SgwVolume(String id, AccountName owner) {

    public static final String ID_PREFIX = "vol-";
}
