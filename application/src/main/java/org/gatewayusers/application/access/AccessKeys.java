package org.gatewayusers.application.access;

import java.util.Optional;
import org.gatewayusers.domain.access.AccessKey;

/** The access keys callers sign with, and the policies bound to each. */
public interface AccessKeys {

    /** The key of that id, enabled or not; empty when there is none. */
    Optional<AccessKey> withId(String accessKeyId);
}
