package archfixtures.domain.ontap;

import archfixtures.domain.shared.AccountName;
import java.util.List;
import java.util.function.Predicate;

/** Clean: a domain record using only java.* (arrays, primitives, enums, lambdas) and the shared context. */
public record CleanLocalUser(AccountName name, byte[] hash, int rid, Kind kind, List<String> groups) {

    public enum Kind { LOCAL, BUILTIN }

    public boolean inGroup(String group) {
        Predicate<String> same = group::equalsIgnoreCase;
        return groups.stream().anyMatch(same);
    }
}
