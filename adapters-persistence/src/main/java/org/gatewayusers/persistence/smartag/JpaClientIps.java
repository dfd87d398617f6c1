package org.gatewayusers.persistence.smartag;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.gatewayusers.application.smartag.ClientIps;
import org.gatewayusers.domain.smartag.ClientIp;
import org.gatewayusers.domain.smartag.SagInstance;
import org.gatewayusers.domain.smartag.SagInstanceId;

/**
 * The free client addresses live in the database ({@link FreeClientIps}), changed only while the instance's row is
 * locked, and the users' addresses are unique per instance there too: two servers never hand out one address.
 */
@ApplicationScoped
class JpaClientIps implements ClientIps {

    @PersistenceContext(unitName = "gateway-users")
    EntityManager em;

    @Override
    public Optional<ClientIp> takeLowestFree(SagInstance instance) {
        String id = instance.id().value();
        return FreeClientIps.lowest(em, id).map(range -> {
            FreeClientIps.take(em, id, range, range.first());
            return new ClientIp(range.first());
        });
    }

    @Override
    public boolean take(SagInstance instance, ClientIp ip) {
        String id = instance.id().value();
        Optional<FreeClientIps.Range> range = FreeClientIps.containing(em, id, ip.value());
        range.ifPresent(free -> FreeClientIps.take(em, id, free, ip.value()));
        return range.isPresent();
    }

    @Override
    public void release(SagInstanceId instance, ClientIp ip) {
        FreeClientIps.free(em, instance.value(), ip.value());
    }
}
