package org.gatewayusers.rest.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gatewayusers.rest.edge.Dialect;
import org.gatewayusers.rest.ontap.errors.OntapErrorCatalog;
import org.gatewayusers.rest.pop.PopErrors;
import org.gatewayusers.rest.pop.PopFormat;
import org.gatewayusers.rest.pop.PopResponse;
import org.junit.jupiter.api.Test;

/** The vendor code is read back from the body each dialect writes, never chosen here. */
class RequestOutcomeTest {

    private static String rpcError(PopFormat format, String code) {
        return format.render("Error", PopResponse.body().with("RequestId", "R").with("HostId", "h").with("Code", code)
                .with("Message", "m <Code>not this</Code>").with("Recommend", "r"));
    }

    @Test
    void a_success_is_ok_whatever_its_body() {
        assertEquals("ok", RequestOutcome.code(Dialect.ONTAP, 201, "{}"));
        assertEquals("ok", RequestOutcome.code(Dialect.RPC, 200, "<DescribeTasksResponse/>"));
    }

    @Test
    void reads_ontaps_code_from_its_error_body() {
        assertEquals("655736", RequestOutcome.code(Dialect.ONTAP, 409,
                "{\"error\": {\"message\": \"The specified user name already exists.\", \"code\": \"655736\", \"target\": \"name\"}}"));
        assertEquals(OntapErrorCatalog.UNAUTHORIZED.code(), RequestOutcome.code(Dialect.ONTAP, 401,
                OntapErrorCatalog.UNAUTHORIZED.body(null)));
    }

    @Test
    void reads_the_rpc_code_in_json_and_in_xml() {
        assertEquals("SignatureDoesNotMatch", RequestOutcome.code(Dialect.RPC, 400,
                rpcError(PopFormat.JSON, PopErrors.signatureDoesNotMatch("GET&%2F&x").code())));
        assertEquals("Forbidden.RAM", RequestOutcome.code(Dialect.RPC, 403, rpcError(PopFormat.XML, "Forbidden.RAM")));
    }

    @Test
    void an_error_body_without_a_code_is_none() {
        assertEquals("none", RequestOutcome.code(Dialect.ONTAP, 404, "not json"));
        assertEquals("none", RequestOutcome.code(Dialect.RPC, 500, null));
        assertEquals("none", RequestOutcome.code(Dialect.ONTAP, 400, "{\"other\": 1}"));
    }
}
