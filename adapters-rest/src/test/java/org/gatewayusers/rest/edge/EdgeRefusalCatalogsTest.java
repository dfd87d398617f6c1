package org.gatewayusers.rest.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.stream.Stream;
import org.gatewayusers.rest.ontap.errors.OntapError;
import org.gatewayusers.rest.ontap.errors.OntapErrorCatalog;
import org.gatewayusers.rest.pop.PopError;
import org.gatewayusers.rest.pop.PopErrors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each dialect's catalog answers every edge refusal, with the refusal's status. */
class EdgeRefusalCatalogsTest {

    static Stream<EdgeRefusal> refusals() {
        return Stream.of(EdgeRefusal.queryTooLong(16384), EdgeRefusal.bodyTooLarge(262144), EdgeRefusal.tooManyParameters(100),
                EdgeRefusal.parameterTooLong(8192), EdgeRefusal.malformed("The request body is not well-formed UTF-8."),
                EdgeRefusal.notFound(), EdgeRefusal.methodNotAllowed(), EdgeRefusal.unsupportedMediaType(),
                EdgeRefusal.invalid(406), EdgeRefusal.fault());
    }

    @Test
    void every_kind_is_covered_here() {
        assertEquals(EdgeRefusal.Kind.values().length, refusals().map(EdgeRefusal::kind).distinct().count());
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void both_catalogs_answer_it_with_its_status(EdgeRefusal refusal) {
        OntapError ontap = OntapErrorCatalog.of(refusal);
        PopError rpc = PopErrors.of(refusal);
        assertEquals(refusal.status(), ontap.status());
        assertEquals(refusal.status(), rpc.status());
        assertFalse(ontap.message().isBlank());
        assertFalse(rpc.message().isBlank());
    }

    @Test
    void the_limits_and_reasons_are_in_the_messages() {
        assertEquals("The request body is larger than 262144 bytes.", OntapErrorCatalog.of(EdgeRefusal.bodyTooLarge(262144)).message());
        assertEquals("The query string is longer than 16384 characters.", PopErrors.of(EdgeRefusal.queryTooLong(16384)).message());
        assertEquals("A query parameter is longer than 8192 characters.", OntapErrorCatalog.of(EdgeRefusal.parameterTooLong(8192)).message());
        assertEquals("A parameter is longer than 8192 characters.", PopErrors.of(EdgeRefusal.parameterTooLong(8192)).message());
        assertEquals("bad bytes", PopErrors.of(EdgeRefusal.malformed("bad bytes")).message());
    }

    @Test
    void a_container_status_stands_for_its_refusal() {
        assertEquals(EdgeRefusal.Kind.NOT_FOUND, EdgeRefusal.ofContainerStatus(404).kind());
        assertEquals(EdgeRefusal.Kind.METHOD_NOT_ALLOWED, EdgeRefusal.ofContainerStatus(405).kind());
        assertEquals(EdgeRefusal.Kind.FAULT, EdgeRefusal.ofContainerStatus(503).kind());
        assertEquals(new EdgeRefusal(EdgeRefusal.Kind.INVALID, 400, 0, ""), EdgeRefusal.ofContainerStatus(400));
        assertEquals("InvalidAction.NotFound", PopErrors.of(EdgeRefusal.notFound()).code());
        assertEquals("3", OntapErrorCatalog.of(EdgeRefusal.notFound()).code());
    }
}
