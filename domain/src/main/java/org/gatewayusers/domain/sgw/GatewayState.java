package org.gatewayusers.domain.sgw;

/**
 * A gateway's state, written as the vendor writes its {@code Status}. A pay-as-you-go cloud file gateway is
 * {@code Initialized} until {@code DeployGateway} has run ({@code Deploying} meanwhile); a running gateway takes work;
 * while it is being deployed, deleted, or its directory link or class is changing it answers every change with
 * {@code GATEWAY_IN_OPERATION}.
 */
public enum GatewayState {
    INITIALIZED("Initialized"),
    DEPLOYING("Deploying"),
    RUNNING("Running"),
    CHANGING_DIRECTORY("Modifying"),
    CHANGING_CLASS("Modifying"),
    DELETING("Deleting");

    private final String written;

    GatewayState(String written) {
        this.written = written;
    }

    /** {@code Initialized}, {@code Deploying}, {@code Running}, {@code Modifying}, {@code Deleting}. */
    public String written() {
        return written;
    }

    /** Not busy with an operation: it may be renamed or deleted (running, or waiting to be deployed). */
    public boolean isIdle() {
        return this == RUNNING || this == INITIALIZED;
    }
}
