package org.gatewayusers.domain.smartag;

import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.CIDR_INVALID;

import org.gatewayusers.domain.smartag.SmartagRejection.Subject;

/**
 * The private client CIDR block of an app instance, such as {@code 10.0.0.0/24}: it lies inside one private block of
 * RFC 1918, and its prefix is at most 30 bits long, so that it holds at least one client. Its first address is the
 * network, the next one the gateway's own, its last one the broadcast: clients get the addresses between the
 * gateway's and the broadcast, never those three.
 */
public record CidrBlock(ClientIp network, int prefixLength) {

    public static final int MAX_PREFIX_LENGTH = 30;

    public CidrBlock {
        if (network == null || prefixLength < 0 || prefixLength > 32
                || (network.value() & ClientIp.mask(prefixLength)) != network.value()) {
            throw new IllegalArgumentException("not a network: " + network + "/" + prefixLength);
        }
        ClientIp.PrivateBlock inside = ClientIp.PrivateBlock.containing(network);
        if (inside == null || prefixLength < inside.prefixLength || prefixLength > MAX_PREFIX_LENGTH) {
            throw new SmartagRejection(CIDR_INVALID, Subject.CIDR_BLOCK);
        }
    }

    /**
     * A block as a client wrote it, {@code address/prefix}; host bits are cleared ({@code 172.16.0.1/24} is
     * {@code 172.16.0.0/24}). Anything else, a public block or one too small for a client, is {@code CIDR_INVALID}.
     */
    public static CidrBlock parse(String raw) {
        if (raw == null) {
            throw new SmartagRejection(CIDR_INVALID, Subject.CIDR_BLOCK);
        }
        String text = raw.trim();
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new SmartagRejection(CIDR_INVALID, Subject.CIDR_BLOCK);
        }
        Long address = ClientIp.valueOf(text.substring(0, slash));
        String prefix = text.substring(slash + 1);
        if (address == null || prefix.isEmpty() || prefix.length() > 2
                || !prefix.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new SmartagRejection(CIDR_INVALID, Subject.CIDR_BLOCK);
        }
        int prefixLength = Integer.parseInt(prefix);
        if (prefixLength > 32) {
            throw new SmartagRejection(CIDR_INVALID, Subject.CIDR_BLOCK);
        }
        return new CidrBlock(new ClientIp(address & ClientIp.mask(prefixLength)), prefixLength);
    }

    public long size() {
        return 1L << (32 - prefixLength);
    }

    public ClientIp broadcast() {
        return network.plus(size() - 1);
    }

    /** The gateway's own address: the first host of the block. */
    public ClientIp gateway() {
        return network.plus(1);
    }

    public ClientIp firstClientAddress() {
        return network.plus(2);
    }

    public ClientIp lastClientAddress() {
        return network.plus(size() - 2);
    }

    /** How many clients the block holds: all but the network, the gateway and the broadcast. */
    public long clientAddressCount() {
        return size() - 3;
    }

    public boolean contains(ClientIp ip) {
        return (ip.value() & ClientIp.mask(prefixLength)) == network.value();
    }

    /** Whether a client may get the address: inside the block, and neither network, gateway nor broadcast. */
    public boolean isClientAddress(ClientIp ip) {
        return ip.compareTo(firstClientAddress()) >= 0 && ip.compareTo(lastClientAddress()) <= 0;
    }

    @Override
    public String toString() {
        return network + "/" + prefixLength;
    }
}
