package org.gatewayusers.rest.ontap.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.gatewayusers.rest.ontap.errors.OntapProblem;
import org.junit.jupiter.api.Test;

class QueryParametersTest {

    @Test
    void reads_an_unencoded_bar_as_curl_sends_it() {
        assertEquals(Map.of("name", List.of("a*|r*")), QueryParameters.of("name=a*|r*"));
    }

    @Test
    void decodes_escapes_and_keeps_repeated_parameters_in_order() {
        assertEquals(Map.of("name", List.of("SMB\\alex", "b c"), "fields", List.of("")),
                QueryParameters.of("name=SMB%5Calex&fields&name=b+c"));
    }

    @Test
    void reads_no_query_as_no_parameters() {
        assertEquals(Map.of(), QueryParameters.of(null));
        assertEquals(Map.of(), QueryParameters.of(""));
    }

    @Test
    void refuses_a_malformed_escape_with_an_ontap_400() {
        OntapProblem problem = assertThrows(OntapProblem.class, () -> QueryParameters.of("name=%ZZ"));
        assertEquals(400, problem.error().status());
        assertEquals("2", problem.error().code());
    }
}
