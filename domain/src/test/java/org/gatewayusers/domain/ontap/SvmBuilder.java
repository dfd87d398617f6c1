package org.gatewayusers.domain.ontap;

/**
 * Builds a stored SVM: {@code aDataSvm().named("svm1").withCifsServer("SMB_SERVER01").build()}.
 * Each builder draws its own UUID, so two built SVMs never share one unless told to.
 */
public final class SvmBuilder {

    public static final String DEFAULT_NAME = "svm1";
    public static final String DEFAULT_DOMAIN_SID = "S-1-5-21-256008430-3394229847-3930036330";
    public static final String DEFAULT_CIFS_SERVER = "SMB_SERVER01";

    private SvmUuid uuid = SvmUuid.random();
    private String name = DEFAULT_NAME;
    private SvmType type;
    private String domainSid = DEFAULT_DOMAIN_SID;
    private String cifsServer;

    private SvmBuilder(SvmType type) {
        this.type = type;
    }

    /** A data SVM named {@code svm1}, without a CIFS server. */
    public static SvmBuilder aDataSvm() {
        return new SvmBuilder(SvmType.DATA);
    }

    /** A data SVM named {@code svm1} running the CIFS server {@code SMB_SERVER01}: ready for local users. */
    public static SvmBuilder aCifsSvm() {
        return aDataSvm().withCifsServer(DEFAULT_CIFS_SERVER);
    }

    /** The cluster's admin SVM, named {@code cluster1}. */
    public static SvmBuilder anAdminSvm() {
        return new SvmBuilder(SvmType.ADMIN).named("cluster1");
    }

    public SvmBuilder named(String name) {
        this.name = name;
        return this;
    }

    public SvmBuilder withUuid(String uuid) {
        this.uuid = new SvmUuid(uuid);
        return this;
    }

    public SvmBuilder ofType(SvmType type) {
        this.type = type;
        return this;
    }

    public SvmBuilder withDomainSid(String domainSid) {
        this.domainSid = domainSid;
        return this;
    }

    public SvmBuilder withCifsServer(String cifsServer) {
        this.cifsServer = cifsServer;
        return this;
    }

    public SvmBuilder withoutCifsServer() {
        this.cifsServer = null;
        return this;
    }

    public Svm build() {
        return Svm.reconstitute(uuid, new SvmName(name), type, new DomainSid(domainSid),
                cifsServer == null ? null : new CifsServer(new CifsServerName(cifsServer)));
    }
}
