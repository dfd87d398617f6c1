package org.gatewayusers.domain.smartag;

import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.IP_INVALID;

import org.gatewayusers.domain.smartag.SmartagRejection.Subject;

/**
 * An IPv4 address of a client of an app instance, held as its 32-bit value (0 to 2^32 - 1). Written as four decimal
 * numbers 0 to 255 without leading zeros, joined by periods.
 */
public record ClientIp(long value) implements Comparable<ClientIp> {

    static final long MAX_VALUE = 0xFFFF_FFFFL;

    public ClientIp {
        if (value < 0 || value > MAX_VALUE) {
            throw new IllegalArgumentException("not an IPv4 address: " + value);
        }
    }

    /** An address as a client wrote it (trimmed); anything but a dotted-quad IPv4 address is {@code IP_INVALID}. */
    public static ClientIp parse(String raw) {
        Long value = raw == null ? null : valueOf(raw.trim());
        if (value == null) {
            throw new SmartagRejection(IP_INVALID, Subject.CLIENT_IP);
        }
        return new ClientIp(value);
    }

    /** The 32-bit value of a dotted quad, or null when the text is not one. */
    static Long valueOf(String text) {
        String[] octets = text.split("\\.", -1);
        if (octets.length != 4) {
            return null;
        }
        long value = 0;
        for (String octet : octets) {
            if (octet.isEmpty() || octet.length() > 3 || !octet.chars().allMatch(c -> c >= '0' && c <= '9')
                    || (octet.length() > 1 && octet.charAt(0) == '0')) {
                return null;
            }
            int number = Integer.parseInt(octet);
            if (number > 255) {
                return null;
            }
            value = (value << 8) | number;
        }
        return value;
    }

    /** Whether the address lies in one of the private blocks of RFC 1918: 10/8, 172.16/12 or 192.168/16. */
    public boolean isPrivate() {
        return PrivateBlock.containing(this) != null;
    }

    public ClientIp plus(long offset) {
        return new ClientIp(value + offset);
    }

    @Override
    public int compareTo(ClientIp other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return ((value >>> 24) & 0xFF) + "." + ((value >>> 16) & 0xFF) + "." + ((value >>> 8) & 0xFF) + "."
                + (value & 0xFF);
    }

    /** The private address blocks of RFC 1918. */
    enum PrivateBlock {
        TEN(0x0A00_0000L, 8),
        ONE_SEVENTY_TWO(0xAC10_0000L, 12),
        ONE_NINETY_TWO(0xC0A8_0000L, 16);

        final long network;
        final int prefixLength;

        PrivateBlock(long network, int prefixLength) {
            this.network = network;
            this.prefixLength = prefixLength;
        }

        static PrivateBlock containing(ClientIp ip) {
            for (PrivateBlock block : values()) {
                if ((ip.value() & mask(block.prefixLength)) == block.network) {
                    return block;
                }
            }
            return null;
        }
    }

    static long mask(int prefixLength) {
        return prefixLength == 0 ? 0 : (MAX_VALUE << (32 - prefixLength)) & MAX_VALUE;
    }
}
