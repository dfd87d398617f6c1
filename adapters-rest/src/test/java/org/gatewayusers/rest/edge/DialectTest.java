package org.gatewayusers.rest.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DialectTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "/")
    void the_rpc_endpoint_is_the_root_only(String path) {
        assertEquals(Dialect.RPC, Dialect.ofPath(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/cluster", "api/cluster", "//", "/x", "/api", "/API/cluster", "/ ", "/samba-export/svms/x"})
    void every_other_path_is_ontaps_served_or_not(String path) {
        assertEquals(Dialect.ONTAP, Dialect.ofPath(path));
    }
}
