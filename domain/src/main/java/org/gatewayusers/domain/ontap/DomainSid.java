package org.gatewayusers.domain.ontap;

import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/** The machine SID of an SVM, {@code S-1-5-21-} and three 32-bit sub-authorities, drawn once at random. */
public record DomainSid(String value) {

    private static final Pattern FORM = Pattern.compile("S-1-5-21-[0-9]{1,10}-[0-9]{1,10}-[0-9]{1,10}");

    public DomainSid {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a domain SID: " + value);
        }
    }

    public static DomainSid random(RandomGenerator random) {
        return new DomainSid("S-1-5-21-" + subAuthority(random) + "-" + subAuthority(random) + "-" + subAuthority(random));
    }

    private static long subAuthority(RandomGenerator random) {
        return Integer.toUnsignedLong(random.nextInt());
    }

    public Sid withRid(Rid rid) {
        return new Sid(value + "-" + rid.value());
    }

    @Override
    public String toString() {
        return value;
    }
}
