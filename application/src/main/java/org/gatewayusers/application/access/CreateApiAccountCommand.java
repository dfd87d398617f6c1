package org.gatewayusers.application.access;

import org.gatewayusers.domain.shared.Password;

/** A new API account: its name, password and role name ({@code admin} or {@code readonly}). */
public record CreateApiAccountCommand(String name, Password password, String role) {
}
