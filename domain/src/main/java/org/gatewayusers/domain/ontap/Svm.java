package org.gatewayusers.domain.ontap;

import static org.gatewayusers.domain.ontap.OntapRejection.Reason.CIFS_SERVER_EXISTS;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.CIFS_SERVER_MISSING;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.SVM_NOT_DATA;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.SVM_UUID_DOES_NOT_MATCH_NAME;

import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.gatewayusers.domain.shared.Password;

/** A storage virtual machine: the home of a CIFS server and of its local users. */
public final class Svm {

    private final SvmUuid uuid;
    private final SvmName name;
    private final SvmType type;
    private final DomainSid domainSid;
    private final CifsServer cifsServer;
    /** Null when the SVM has none; an empty comment is none. */
    private final String comment;

    private Svm(SvmUuid uuid, SvmName name, SvmType type, DomainSid domainSid, CifsServer cifsServer, String comment) {
        this.uuid = Objects.requireNonNull(uuid, "uuid");
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.domainSid = Objects.requireNonNull(domainSid, "domainSid");
        this.cifsServer = cifsServer;
        this.comment = comment == null || comment.isEmpty() ? null : comment;
    }

    /** A new data SVM, with its own machine SID drawn once. */
    public static Svm create(SvmName name, RandomGenerator random) {
        return create(name, null, SvmSettings.NONE, random);
    }

    /** A new data SVM with a comment (null: none), created with the settings a request states, which must hold. */
    public static Svm create(SvmName name, String comment, SvmSettings settings, RandomGenerator random) {
        SvmRules.commentHasAtMost255Characters(comment);
        SvmRules.check(settings, false);
        return new Svm(SvmUuid.random(), name, SvmType.DATA, DomainSid.random(random), null, comment);
    }

    public static Svm reconstitute(SvmUuid uuid, SvmName name, SvmType type, DomainSid domainSid, CifsServer cifsServer) {
        return reconstitute(uuid, name, type, domainSid, cifsServer, null);
    }

    public static Svm reconstitute(SvmUuid uuid, SvmName name, SvmType type, DomainSid domainSid, CifsServer cifsServer,
            String comment) {
        return new Svm(uuid, name, type, domainSid, cifsServer, comment);
    }

    /**
     * This data SVM with a new name and comment where given ({@code ""} clears the comment), once the settings the
     * change states hold; the name must be free, which the caller checks against the other SVMs.
     */
    public Svm change(Optional<SvmName> newName, Optional<String> newComment, SvmSettings settings) {
        requireData();
        newComment.ifPresent(SvmRules::commentHasAtMost255Characters);
        SvmRules.check(settings, cifsServer != null);
        return new Svm(uuid, newName.orElse(name), type, domainSid, cifsServer, newComment.orElse(comment));
    }

    /** When a request names the SVM by UUID and name, both must denote this SVM. */
    public void requireMatches(SvmSelector selector) {
        if (selector.name().isPresent() && !selector.name().get().equals(name.value())) {
            throw new OntapRejection(SVM_UUID_DOES_NOT_MATCH_NAME, Subject.SVM_BY_NAME);
        }
    }

    public Svm createCifsServer(CifsServerName serverName) {
        requireData();
        if (cifsServer != null) {
            throw new OntapRejection(CIFS_SERVER_EXISTS, Subject.SVM);
        }
        return new Svm(uuid, name, type, domainSid, new CifsServer(serverName), comment);
    }

    /** Local users live only on data SVMs that run a CIFS server; returns that server. */
    public CifsServer requireAcceptsLocalUsers() {
        requireData();
        if (cifsServer == null) {
            throw new OntapRejection(CIFS_SERVER_MISSING, Subject.SVM);
        }
        return cifsServer;
    }

    /** Applies every rule of a local-user create; what comes back is valid but has no SID yet. */
    public LocalUserDraft draftLocalUser(String rawName, Password password, String fullName, String description,
            boolean accountDisabled) {
        CifsServer server = requireAcceptsLocalUsers();
        LocalUserName userName = LocalUserName.parse(rawName, server.localDomain());
        LocalUserRules.fullNameHasAtMost256Characters(fullName);
        LocalUserRules.descriptionHasAtMost256Characters(description);
        OntapPasswordComplexity.check(password, userName.account());
        return new LocalUserDraft(uuid, userName, password, fullName, description, accountDisabled);
    }

    public Sid sidFor(Rid rid) {
        return domainSid.withRid(rid);
    }

    /** A data SVM is deleted only once it runs no CIFS server; the admin SVM is the cluster's own. */
    public void requireDeletable() {
        requireData();
        if (cifsServer != null) {
            throw new OntapRejection(OntapRejection.Reason.SVM_HAS_CIFS_SERVER, Subject.UUID);
        }
    }

    /** The same SVM without its CIFS server; its users and groups go with it. */
    public Svm withoutCifsServer() {
        requireAcceptsLocalUsers();
        return new Svm(uuid, name, type, domainSid, null, comment);
    }

    private void requireData() {
        if (type != SvmType.DATA) {
            throw new OntapRejection(SVM_NOT_DATA, Subject.SVM);
        }
    }

    public SvmUuid uuid() {
        return uuid;
    }

    public SvmName name() {
        return name;
    }

    public SvmType type() {
        return type;
    }

    public DomainSid domainSid() {
        return domainSid;
    }

    public Optional<String> comment() {
        return Optional.ofNullable(comment);
    }

    public Optional<CifsServer> cifsServer() {
        return Optional.ofNullable(cifsServer);
    }
}
