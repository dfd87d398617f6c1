package org.gatewayusers.application.access;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Used nonces in a map, as the database table keeps them: a key and a nonce, and until when. */
public final class InMemorySignatureNonces implements SignatureNonces {

    private final Map<String, Instant> rememberedUntil = new HashMap<>();
    private int purges;

    @Override
    public synchronized boolean claim(String accessKeyId, String nonce, Instant now, Instant rememberUntil) {
        String key = accessKeyId + "\u0000" + nonce;
        Instant until = rememberedUntil.get(key);
        if (until != null && until.isAfter(now)) {
            return false;
        }
        rememberedUntil.put(key, rememberUntil);
        return true;
    }

    @Override
    public synchronized int forgetExpired(Instant now) {
        purges++;
        int before = rememberedUntil.size();
        rememberedUntil.values().removeIf(until -> !until.isAfter(now));
        return before - rememberedUntil.size();
    }

    public synchronized int size() {
        return rememberedUntil.size();
    }

    public synchronized int purges() {
        return purges;
    }
}
