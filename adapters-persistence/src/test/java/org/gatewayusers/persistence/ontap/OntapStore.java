package org.gatewayusers.persistence.ontap;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.gatewayusers.application.shared.RecordQuery;
import org.gatewayusers.application.shared.RecordQuery.Alternative;
import org.gatewayusers.application.shared.RecordQuery.Operator;
import org.gatewayusers.domain.ontap.CifsServerName;
import org.gatewayusers.domain.ontap.LocalGroup;
import org.gatewayusers.domain.ontap.LocalGroupName;
import org.gatewayusers.domain.ontap.LocalUser;
import org.gatewayusers.domain.ontap.LocalUserName;
import org.gatewayusers.domain.ontap.Rid;
import org.gatewayusers.domain.ontap.Sid;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.domain.ontap.SvmName;
import org.gatewayusers.domain.shared.CredentialHash;

/** The repositories on one persistence context, as CDI would inject them, and test data to store. */
final class OntapStore {

    static final CredentialHash NT_HASH = new CredentialHash("NT", "8846F7EAEE8FB117AD06BDD830B7586C");
    private static final RandomGenerator RANDOM = RandomGenerator.of("L64X128MixRandom");

    private OntapStore() {
    }

    static JpaSvms svms(EntityManager em) {
        JpaSvms svms = new JpaSvms();
        svms.em = em;
        return svms;
    }

    static JpaLocalUsers users(EntityManager em) {
        JpaLocalUsers users = new JpaLocalUsers();
        users.em = em;
        return users;
    }

    static JpaLocalGroups groups(EntityManager em) {
        JpaLocalGroups groups = new JpaLocalGroups();
        groups.em = em;
        return groups;
    }

    static JpaCifsPrivileges privileges(EntityManager em) {
        JpaCifsPrivileges privileges = new JpaCifsPrivileges();
        privileges.em = em;
        return privileges;
    }

    static JpaMemberships memberships(EntityManager em) {
        JpaMemberships memberships = new JpaMemberships();
        memberships.em = em;
        return memberships;
    }

    static JpaRidBlocks ridBlocks(EntityManager em) {
        JpaRidBlocks blocks = new JpaRidBlocks();
        blocks.em = em;
        return blocks;
    }

    /** A new data SVM with a CIFS server of the given name. */
    static Svm svm(String name, String cifsServer) {
        return Svm.create(new SvmName(name), RANDOM).createCifsServer(new CifsServerName(cifsServer));
    }

    static LocalUser user(Svm svm, long rid, String account) {
        return LocalUser.reconstitute(svm.uuid(), name(svm, account), null, null, false, svm.sidFor(new Rid(rid)),
                NT_HASH);
    }

    static LocalUserName name(Svm svm, String account) {
        return new LocalUserName(svm.cifsServer().orElseThrow().localDomain(), account);
    }

    static LocalGroup group(Svm svm, long rid, String name, LocalUser... members) {
        return LocalGroup.reconstitute(svm.uuid(), groupName(svm, name), null, svm.sidFor(new Rid(rid)),
                List.of(members).stream().map(LocalUser::sid).toList());
    }

    static LocalGroupName groupName(Svm svm, String name) {
        return new LocalGroupName(svm.cifsServer().orElseThrow().localDomain().value(), name);
    }

    static List<Sid> sids(LocalUser... users) {
        return List.of(users).stream().map(LocalUser::sid).toList();
    }

    /** {@code filter("name", "=alex|bob")}: field, then alternatives as ONTAP writes them. */
    static <F> RecordQuery.Filter<F> filter(F field, String value) {
        List<Alternative> alternatives = new ArrayList<>();
        for (String text : value.split("\\|", -1)) {
            boolean negated = text.startsWith("!");
            String rest = negated ? text.substring(1) : text;
            Operator operator = Operator.EQUAL;
            for (String[] prefix : new String[][] {{"<=", "LESS_OR_EQUAL"}, {">=", "GREATER_OR_EQUAL"},
                    {"<", "LESS"}, {">", "GREATER"}}) {
                if (rest.startsWith(prefix[0])) {
                    operator = Operator.valueOf(prefix[1]);
                    rest = rest.substring(prefix[0].length());
                    break;
                }
            }
            if (operator == Operator.EQUAL && rest.equals("null")) {
                operator = Operator.NULL;
            } else if (operator == Operator.EQUAL && rest.contains("*")) {
                operator = Operator.GLOB;
            }
            alternatives.add(new Alternative(negated, operator, rest));
        }
        return new RecordQuery.Filter<>(field, alternatives);
    }
}
