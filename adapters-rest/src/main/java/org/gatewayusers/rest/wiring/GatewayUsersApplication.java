package org.gatewayusers.rest.wiring;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * All dialects share the root: ONTAP REST lives under {@code /api}, as ONTAP's does, and the
 * Alibaba RPC endpoint is the root itself, as the vendors' are.
 */
@ApplicationPath("/")
public class GatewayUsersApplication extends Application {
}
