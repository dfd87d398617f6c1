package org.gatewayusers.domain.ontap;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/** A random generator that answers {@code nextInt()} with the given values, in turn and then again. */
public final class FixedRandom implements RandomGenerator {

    private final int[] ints;
    private int next;

    private FixedRandom(int... ints) {
        if (ints.length == 0) {
            throw new IllegalArgumentException("give at least one value");
        }
        this.ints = Arrays.copyOf(ints, ints.length);
    }

    public static FixedRandom drawing(int... ints) {
        return new FixedRandom(ints);
    }

    @Override
    public int nextInt() {
        int value = ints[next];
        next = (next + 1) % ints.length;
        return value;
    }

    @Override
    public long nextLong() {
        return ((long) nextInt() << 32) | Integer.toUnsignedLong(nextInt());
    }
}
