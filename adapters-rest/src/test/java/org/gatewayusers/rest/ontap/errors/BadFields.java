package org.gatewayusers.rest.ontap.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;

/** The ONTAP edge's answer to a request it cannot read: 400, generic code 2, naming the field. */
public final class BadFields {

    private BadFields() {
    }

    public static OntapProblem assertBadField(String target, Executable call) {
        OntapProblem problem = assertThrows(OntapProblem.class, call);
        assertEquals(target, problem.target(), problem.getMessage());
        assertEquals(400, problem.error().status(), problem.getMessage());
        assertEquals("2", problem.error().code(), problem.getMessage());
        return problem;
    }
}
