package org.gatewayusers.persistence.smartag;

import static org.gatewayusers.domain.smartag.ClientUserBuilder.aClientUser;
import static org.gatewayusers.domain.smartag.SagInstanceBuilder.anInstance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Optional;
import org.gatewayusers.domain.smartag.BandwidthPolicy;
import org.gatewayusers.domain.smartag.ClientUser;
import org.gatewayusers.domain.smartag.SagInstance;
import org.junit.jupiter.api.Test;

class SmartagMappersTest {

    @Test
    void an_instance_survives_the_round_trip() {
        SagInstance instance = anInstance().in("cn-hangzhou").withBlock("172.16.0.0/16").withUserLimit(2_000)
                .inStaticIpMode().withBandwidthPolicy(new BandwidthPolicy(10, 1_000, 500)).build();

        SagInstanceEntity entity = SagInstanceMapper.toNewEntity(instance);
        SagInstance back = SagInstanceMapper.toDomain(entity);

        assertEquals("172.16.0.0/16", entity.cidrBlock);
        assertEquals(0, entity.userCount);
        assertEquals(instance.id(), back.id());
        assertEquals(instance.region(), back.region());
        assertEquals(instance.clientBlock(), back.clientBlock());
        assertEquals(instance.userLimit(), back.userLimit());
        assertEquals(instance.staticIpMode(), back.staticIpMode());
        assertEquals(instance.bandwidthPolicy(), back.bandwidthPolicy());
        assertEquals(instance.createdAt(), back.createdAt());
    }

    @Test
    void an_instance_without_a_block_has_no_block_column() {
        SagInstanceEntity entity = SagInstanceMapper.toNewEntity(anInstance().withoutBlock().build());

        assertNull(entity.cidrBlock);
        assertEquals(Optional.empty(), SagInstanceMapper.toDomain(entity).clientBlock());
    }

    @Test
    void a_client_user_survives_the_round_trip_with_lower_case_keys() {
        ClientUser user = aClientUser().named("Alex.Smith").withMail("Alex.Smith@Example.com").withBandwidth(64)
                .atStatic("10.0.0.200").disabled().build();

        ClientUserEntity entity = ClientUserMapper.toNewEntity(user);
        ClientUser back = ClientUserMapper.toDomain(entity);

        assertEquals("alex.smith", entity.nameKey);
        assertEquals("alex.smith@example.com", entity.mailKey);
        assertEquals(167_772_360L, entity.clientIp);
        assertEquals("DISABLED", entity.state);
        assertEquals(user.name(), back.name());
        assertEquals(user.mail(), back.mail());
        assertEquals(user.bandwidth(), back.bandwidth());
        assertEquals(user.clientIp(), back.clientIp());
        assertEquals(user.staticIp(), back.staticIp());
        assertEquals(user.state(), back.state());
        assertEquals(user.credential(), back.credential());
        assertEquals(user.createdAt(), back.createdAt());
    }
}
