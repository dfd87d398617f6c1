package org.gatewayusers.rest.wiring;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * All dialects share the root: ONTAP REST lives under {@code /api}, as ONTAP's does, and the
 * Alibaba RPC endpoint is the root itself, as the vendors' are. The ONTAP API's callers are in the role
 * {@code admin} or {@code readonly} (HTTP Basic, {@code rest.ontap.access.OntapBasicAuthentication}).
 */
@ApplicationPath("/")
@DeclareRoles({"admin", "readonly"})
public class GatewayUsersApplication extends Application {
}
