package org.gatewayusers.domain.ontap;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of an SVM that a create or change asks for, besides its name and comment: each one absent when the
 * request leaves it as it is. This service runs every SVM the same way ({@link SvmRules} says how), so a request may
 * state these settings but not change them.
 *
 * @param protocolsAllowed protocol name ({@code cifs}, {@code nfs}, ...) to whether the request allows it
 * @param protocolsEnabled protocol name to whether the request wants its service running
 */
public record SvmSettings(Optional<String> language, Optional<String> state, Optional<String> subtype,
        Optional<String> ipspace, Optional<String> snapshotPolicy, Optional<List<String>> aggregates,
        Optional<String> maxVolumes, Map<String, Boolean> protocolsAllowed, Map<String, Boolean> protocolsEnabled) {

    /** A request that states no setting. */
    public static final SvmSettings NONE = new SvmSettings(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), Map.of());

    public SvmSettings {
        aggregates = aggregates.map(List::copyOf);
        protocolsAllowed = Map.copyOf(protocolsAllowed);
        protocolsEnabled = Map.copyOf(protocolsEnabled);
    }
}
