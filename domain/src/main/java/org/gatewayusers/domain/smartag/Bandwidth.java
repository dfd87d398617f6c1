package org.gatewayusers.domain.smartag;

/** The peak bandwidth of a client user, in Kbps; which values an instance accepts is its {@link BandwidthPolicy}. */
public record Bandwidth(int kbps) {

    public Bandwidth {
        if (kbps < 1) {
            throw new IllegalArgumentException("a bandwidth is at least 1 Kbps: " + kbps);
        }
    }

    @Override
    public String toString() {
        return kbps + " Kbps";
    }
}
