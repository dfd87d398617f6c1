package org.gatewayusers.domain.ontap;

import static org.gatewayusers.domain.ontap.OntapRejection.Reason.SVM_COMMENT_TOO_LONG;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.SVM_SETTING_FIXED;

import java.util.List;
import java.util.Locale;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;

/**
 * The rules of ONTAP's "Create an SVM" and "Update SVM properties" pages that this service applies, one method per
 * rule, in the pages' order of fields. The comment is held as ONTAP holds it (the {@code vserver} comment, at most 255
 * characters). The other settings are those every SVM of this service runs with, because it holds users, not data:
 * running, of subtype {@code default}, in the {@code Default} IPspace, language {@code c.utf_8}, Snapshot policy
 * {@code default}, no aggregates, no volume limit, only the CIFS protocol allowed, and no protocol service started
 * but the CIFS server that {@code /api/protocols/cifs/services} creates. A request may state each of them as it is;
 * a request to change one is refused, never answered with a success that changes nothing.
 */
public final class SvmRules {

    public static final int MAX_COMMENT_LENGTH = 255;
    public static final String LANGUAGE = "c.utf_8";
    public static final String STATE = "running";
    public static final String SUBTYPE = "default";
    public static final String IPSPACE = "Default";
    public static final String SNAPSHOT_POLICY = "default";
    public static final String MAX_VOLUMES = "unlimited";
    /** The protocols ONTAP lets an SVM allow, in the order of its pages. */
    public static final List<String> PROTOCOLS = List.of("cifs", "nfs", "fcp", "iscsi", "nvme", "ndmp", "s3");

    private SvmRules() {
    }

    public static void commentHasAtMost255Characters(String comment) {
        if (comment != null && comment.codePointCount(0, comment.length()) > MAX_COMMENT_LENGTH) {
            throw new OntapRejection(SVM_COMMENT_TOO_LONG, Subject.COMMENT);
        }
    }

    /** ONTAP writes the language {@code C.UTF-8} in its pages and stores it as {@code c.utf_8}; both denote it. */
    public static void languageIsCUtf8(String language) {
        if (!language.toLowerCase(Locale.ROOT).replace('-', '_').equals(LANGUAGE)) {
            throw new OntapRejection(SVM_SETTING_FIXED, Subject.LANGUAGE, language);
        }
    }

    public static void stateIsRunning(String state) {
        fixed(Subject.STATE, STATE, state);
    }

    public static void subtypeIsDefault(String subtype) {
        fixed(Subject.SUBTYPE, SUBTYPE, subtype);
    }

    public static void ipspaceIsDefault(String ipspace) {
        fixed(Subject.IPSPACE, IPSPACE, ipspace);
    }

    public static void snapshotPolicyIsDefault(String snapshotPolicy) {
        fixed(Subject.SNAPSHOT_POLICY, SNAPSHOT_POLICY, snapshotPolicy);
    }

    public static void noAggregatesAreAssigned(List<String> aggregates) {
        if (!aggregates.isEmpty()) {
            throw new OntapRejection(SVM_SETTING_FIXED, Subject.AGGREGATES, String.join(",", aggregates));
        }
    }

    public static void maxVolumesIsUnlimited(String maxVolumes) {
        fixed(Subject.MAX_VOLUMES, MAX_VOLUMES, maxVolumes);
    }

    /** Only CIFS is allowed, and it cannot be disallowed; a protocol ONTAP does not know is no protocol to allow. */
    public static void onlyCifsIsAllowed(String protocol, boolean allowed) {
        if (allows(protocol) != allowed) {
            throw OntapRejection.aboutProtocol(SVM_SETTING_FIXED, Subject.PROTOCOL_ALLOWED, protocol,
                    Boolean.toString(allowed));
        }
    }

    /** Whether this service allows a protocol: CIFS only. */
    public static boolean allows(String protocol) {
        return protocol.equals("cifs");
    }

    /** Whether a protocol's service runs on an SVM that does or does not have a CIFS server. */
    public static boolean runs(String protocol, boolean hasCifsServer) {
        return allows(protocol) && hasCifsServer;
    }

    /**
     * A protocol's service runs only where this service runs it: CIFS once the SVM has a CIFS server (created through
     * the CIFS services API, not by the SVM), no other ever.
     */
    public static void protocolServicesRunAsTheyDo(String protocol, boolean enabled, boolean hasCifsServer) {
        if (enabled != runs(protocol, hasCifsServer)) {
            throw OntapRejection.aboutProtocol(SVM_SETTING_FIXED, Subject.PROTOCOL_ENABLED, protocol,
                    Boolean.toString(enabled));
        }
    }

    /** Every rule on the settings a request states, for an SVM that does or does not run a CIFS server. */
    public static void check(SvmSettings settings, boolean hasCifsServer) {
        settings.language().ifPresent(SvmRules::languageIsCUtf8);
        settings.state().ifPresent(SvmRules::stateIsRunning);
        settings.subtype().ifPresent(SvmRules::subtypeIsDefault);
        settings.ipspace().ifPresent(SvmRules::ipspaceIsDefault);
        settings.snapshotPolicy().ifPresent(SvmRules::snapshotPolicyIsDefault);
        settings.aggregates().ifPresent(SvmRules::noAggregatesAreAssigned);
        settings.maxVolumes().ifPresent(SvmRules::maxVolumesIsUnlimited);
        settings.protocolsAllowed().forEach(SvmRules::onlyCifsIsAllowed);
        settings.protocolsEnabled().forEach((protocol, enabled) ->
                protocolServicesRunAsTheyDo(protocol, enabled, hasCifsServer));
    }

    private static void fixed(Subject setting, String held, String asked) {
        if (!held.equals(asked)) {
            throw new OntapRejection(SVM_SETTING_FIXED, setting, asked);
        }
    }
}
