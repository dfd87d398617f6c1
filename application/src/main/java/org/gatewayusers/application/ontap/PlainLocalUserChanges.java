package org.gatewayusers.application.ontap;

import java.util.Optional;

/**
 * Changes of a local user that no rule depends on, so that one statement may apply them to many users at once:
 * each present field replaces the stored one ({@code Optional.of(Optional.empty())} clears a text).
 */
public record PlainLocalUserChanges(Optional<Optional<String>> fullName, Optional<Optional<String>> description,
        Optional<Boolean> accountDisabled) {

    /** The changes when these are all a {@code PATCH} asks for: no rename, password or membership. */
    static Optional<PlainLocalUserChanges> of(LocalUserChanges changes) {
        if (changes.name().isPresent() || changes.password().isPresent() || changes.membership().isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new PlainLocalUserChanges(
                changes.fullName().map(text -> Optional.ofNullable(Texts.noneIfEmpty(text))),
                changes.description().map(text -> Optional.ofNullable(Texts.noneIfEmpty(text))),
                changes.accountDisabled()));
    }

    boolean isEmpty() {
        return fullName.isEmpty() && description.isEmpty() && accountDisabled.isEmpty();
    }
}
