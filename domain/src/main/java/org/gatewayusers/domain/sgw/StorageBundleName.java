package org.gatewayusers.domain.sgw;

import org.gatewayusers.domain.sgw.SgwRejection.Subject;

/** A storage bundle's name: 1-60 characters, a letter first, then letters, digits, {@code _ - .}; unique. */
public record StorageBundleName(String value) {

    public StorageBundleName {
        SgwNameRules.check(value, SgwRejection.Reason.STORAGE_BUNDLE_NAME_INVALID, Subject.STORAGE_BUNDLE_NAME);
    }

    public static StorageBundleName parse(String raw) {
        return new StorageBundleName(raw);
    }

    @Override
    public String toString() {
        return value;
    }
}
