package org.gatewayusers.domain.access;

import java.util.Arrays;

/**
 * The role of an account of the ONTAP REST API, as ONTAP's built-in roles name them: {@code admin} may do
 * everything, {@code readonly} may only read.
 */
public enum ApiRole {
    ADMIN("admin"),
    READONLY("readonly");

    private final String roleName;

    ApiRole(String roleName) {
        this.roleName = roleName;
    }

    /** The name ONTAP gives the role, and the role the caller is in once authenticated. */
    public String roleName() {
        return roleName;
    }

    /** Whether the role allows a request that changes something (anything but a read). */
    public boolean mayChange() {
        return this == ADMIN;
    }

    public static ApiRole parse(String raw) {
        return Arrays.stream(values()).filter(role -> role.roleName.equals(raw)).findFirst()
                .orElseThrow(() -> new AccessRejection(AccessRejection.Reason.ACCOUNT_ROLE_INVALID, AccessRejection.Subject.ROLE));
    }
}
