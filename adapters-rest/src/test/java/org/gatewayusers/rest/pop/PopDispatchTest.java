package org.gatewayusers.rest.pop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PopDispatchTest {

    record Action(String name, String version) implements PopAction {
        @Override
        public List<PopParameter> parameters() {
            return List.of();
        }

        @Override
        public PopResponse handle(PopRequest request) {
            return PopResponse.body();
        }
    }

    private final Action oldEcho = new Action("Echo", "2018-05-11");
    private final Action newEcho = new Action("Echo", "2019-01-01");
    private final Action other = new Action("Other", "2018-05-11");
    private final PopDispatch dispatch = PopDispatch.of(List.of(oldEcho, newEcho, other));

    private static String refusal(PopDispatch dispatch, String query) {
        return assertThrows(PopException.class, () -> dispatch.actionFor(PopRequest.of("GET", query, null)))
                .error().code();
    }

    @Test
    void finds_the_action_of_the_asked_name_and_version() {
        assertSame(oldEcho, dispatch.actionFor(PopRequest.of("GET", "Action=Echo&Version=2018-05-11", null)));
        assertSame(newEcho, dispatch.actionFor(PopRequest.of("GET", "Action=Echo&Version=2019-01-01", null)));
        assertSame(other, dispatch.actionFor(PopRequest.of("GET", "Action=Other&Version=2018-05-11", null)));
    }

    @Test
    void refuses_an_unknown_action_before_reading_its_version() {
        assertEquals("InvalidAction.NotFound", refusal(dispatch, "Action=Nothing&Version=2018-05-11"));
        assertEquals("InvalidAction.NotFound", refusal(dispatch, "Action=Nothing"));
        assertEquals("InvalidAction.NotFound", refusal(dispatch, "Action=echo&Version=2018-05-11"));
    }

    @Test
    void refuses_a_request_without_action_or_a_known_action_without_version_as_missing_parameter() {
        assertEquals("MissingParameter", refusal(dispatch, "Version=2018-05-11"));
        assertEquals("MissingParameter", refusal(dispatch, "Action=Echo"));
    }

    @Test
    void refuses_a_known_action_in_a_version_it_does_not_have_as_invalid_version() {
        assertEquals("InvalidVersion", refusal(dispatch, "Action=Other&Version=2019-01-01"));
        assertEquals("InvalidVersion", refusal(dispatch, "Action=Echo&Version=2018-03-13"));
    }

    @Test
    void refuses_to_dispatch_two_actions_of_one_name_and_version() {
        assertThrows(IllegalStateException.class, () -> PopDispatch.of(List.of(oldEcho, new Action("Echo", "2018-05-11"))));
    }
}
