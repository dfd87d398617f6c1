package org.gatewayusers.application.sgw;

/**
 * {@code CreateGateway}: {@code StorageBundleId}, {@code Name}, {@code Type} ({@code File} or {@code Iscsi}),
 * {@code Location} ({@code Cloud} or {@code On_Premise}), {@code Description} (optional).
 */
public record CreateGatewayCommand(String storageBundleId, String name, String type, String location,
        String description) {
}
