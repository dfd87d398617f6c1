package org.gatewayusers.application.smartag;

import java.util.Optional;
import org.gatewayusers.domain.smartag.ClientIp;
import org.gatewayusers.domain.smartag.SagInstance;
import org.gatewayusers.domain.smartag.SagInstanceId;

/**
 * Which client addresses of each instance's block are taken. Call it only while the instance is held
 * ({@link SagInstances#takeUserSlot}, {@link SagInstances#hold}); the store decides, so two users never get one
 * address however many servers share it, and finding a free address does not read the whole block.
 */
public interface ClientIps {

    /** Takes the lowest free client address of the instance's block (never its network, gateway or broadcast). */
    Optional<ClientIp> takeLowestFree(SagInstance instance);

    /** Takes the given client address of the instance's block; false when it is taken (or not a client address). */
    boolean take(SagInstance instance, ClientIp ip);

    /** Makes a taken address free again. */
    void release(SagInstanceId instance, ClientIp ip);
}
