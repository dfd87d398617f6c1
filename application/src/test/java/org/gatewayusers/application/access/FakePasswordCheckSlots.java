package org.gatewayusers.application.access;

import java.util.Optional;
import java.util.function.Supplier;

/** Password-check slots for tests: free, or all busy until a test frees them; remembers who asked. */
public final class FakePasswordCheckSlots implements PasswordCheckSlots {

    private boolean busy;
    private Boolean lastKnown;

    @Override
    public <T> Optional<T> run(boolean known, Supplier<T> check) {
        lastKnown = known;
        return busy ? Optional.empty() : Optional.of(check.get());
    }

    public void busy(boolean allBusy) {
        busy = allBusy;
    }

    public Boolean lastKnown() {
        return lastKnown;
    }
}
