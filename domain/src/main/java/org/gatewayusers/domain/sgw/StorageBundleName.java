package org.gatewayusers.domain.sgw;

/** A storage bundle's name: 1-60 characters, a letter first, then letters, digits, {@code _ - .}; unique. */
public record StorageBundleName(String value) {

    public static final String FIELD = "StorageBundleName";

    public StorageBundleName {
        SgwNameRules.check(value, SgwRejection.Reason.STORAGE_BUNDLE_NAME_INVALID, FIELD);
    }

    public static StorageBundleName parse(String raw) {
        return new StorageBundleName(raw);
    }

    @Override
    public String toString() {
        return value;
    }
}
