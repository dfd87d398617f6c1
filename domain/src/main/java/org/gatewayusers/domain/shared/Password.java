package org.gatewayusers.domain.shared;

import java.util.Objects;

/**
 * A plaintext password on its way to being hashed. It never prints itself and is never stored:
 * an output port turns it into a {@link CredentialHash} at once.
 */
public final class Password {

    private final String plaintext;

    private Password(String plaintext) {
        this.plaintext = plaintext;
    }

    public static Password of(String plaintext) {
        return new Password(Objects.requireNonNull(plaintext, "password"));
    }

    /** For policies and hashers only. */
    public String reveal() {
        return plaintext;
    }

    public int length() {
        return plaintext.codePointCount(0, plaintext.length());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Password that && plaintext.equals(that.plaintext);
    }

    @Override
    public int hashCode() {
        return plaintext.hashCode();
    }

    @Override
    public String toString() {
        return "Password[****]";
    }
}
