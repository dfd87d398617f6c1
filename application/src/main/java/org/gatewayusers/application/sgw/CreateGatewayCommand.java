package org.gatewayusers.application.sgw;

/**
 * {@code CreateGateway}: {@code StorageBundleId}, {@code Name}, {@code Type} ({@code File} or {@code Iscsi}),
 * {@code Location} ({@code Cloud} or {@code On_Premise}), {@code Description} (optional), and how it is bought and
 * placed, each optional as Terraform's {@code alicloud} provider sends them: {@code GatewayClass}, {@code PostPaid}
 * (absent: by subscription), {@code VSwitchId}, {@code PublicNetworkBandwidth}, {@code ReleaseAfterExpiration}.
 */
public record CreateGatewayCommand(String storageBundleId, String name, String type, String location,
        String description, String gatewayClass, Boolean postPaid, String vSwitchId, Integer publicNetworkBandwidth,
        Boolean releaseAfterExpiration) {

    /** A gateway bought by subscription, with nothing else asked for. */
    public CreateGatewayCommand(String storageBundleId, String name, String type, String location,
            String description) {
        this(storageBundleId, name, type, location, description, null, null, null, null, null);
    }
}
