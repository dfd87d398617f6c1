package org.gatewayusers.domain.access;

import static org.gatewayusers.domain.access.AccessKeyBuilder.anAccessKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AccessKeyTest {

    @Test
    void never_prints_its_secret() {
        AccessKey key = anAccessKey().withSecret("s3cr3t-value").build();

        assertFalse(key.toString().contains("s3cr3t-value"), key.toString());
        assertEquals("AccessKeySecret[****]", key.secret().toString());
        assertEquals("s3cr3t-value", key.secret().reveal());
    }

    @Test
    void secrets_compare_by_value() {
        assertEquals(AccessKeySecret.of("a"), AccessKeySecret.of("a"));
        assertNotEquals(AccessKeySecret.of("a"), AccessKeySecret.of("b"));
    }

    @Test
    void has_an_id_a_secret_and_an_account() {
        Permissions none = new Permissions(List.of());
        AccessKeySecret secret = AccessKeySecret.of("x");

        assertThrows(IllegalArgumentException.class, () -> new AccessKey(" ", secret, "1", true, none));
        assertThrows(IllegalArgumentException.class, () -> new AccessKey("ak", secret, "", true, none));
        assertThrows(NullPointerException.class, () -> new AccessKey("ak", null, "1", true, none));
        assertThrows(IllegalArgumentException.class, () -> AccessKeySecret.of(""));
    }

    @Test
    void may_be_disabled() {
        assertTrue(anAccessKey().build().enabled());
        assertFalse(anAccessKey().disabled().build().enabled());
    }

    @Test
    void names_a_resource_as_the_vendor_does() {
        assertEquals("acs:hcs-sgw:cn-shanghai:1000000000000001:gateway/gw-1",
                ResourceName.of("hcs-sgw", "cn-shanghai", "1000000000000001", "gateway", "gw-1").toString());
        assertEquals("acs:smartag:*:1:smartag/sag-1", ResourceName.of("smartag", null, "1", "smartag", "sag-1").toString());
        assertEquals("acs:smartag:*:1:smartag/sag-1", ResourceName.of("smartag", "", "1", "smartag", "sag-1").toString());
    }
}
