package org.gatewayusers.rest.pop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PopResponseTest {

    @Test
    void successful_adds_the_vendors_code_success_and_message() {
        PopResponse body = PopResponse.body().successful();

        assertEquals(Map.of("Code", "200", "Success", true, "Message", "successful"), body.fields());
        assertEquals(List.of("Code", "Success", "Message"), List.copyOf(body.fields().keySet()));
    }

    @Test
    void successful_keeps_the_fields_already_there_first() {
        PopResponse body = PopResponse.body().with("TaskId", "t-1").successful();

        assertEquals(List.of("TaskId", "Code", "Success", "Message"), List.copyOf(body.fields().keySet()));
    }

    @Test
    void successful_renders_code_as_a_string_and_success_as_a_boolean() {
        var json = PopBodies.json(PopFormat.JSON.render("r", PopResponse.body().successful()));

        assertEquals("200", json.getString("Code"));
        assertEquals(true, json.getBoolean("Success"));
        assertEquals("successful", json.getString("Message"));
    }

    @Test
    void keeps_the_fields_in_the_order_they_were_given() {
        PopResponse body = PopResponse.body().with("C", "3").with("A", 1L).with("B", true);

        assertEquals(List.of("C", "A", "B"), List.copyOf(body.fields().keySet()));
    }

    @Test
    void replaces_a_field_given_twice_in_its_first_place() {
        PopResponse body = PopResponse.body().with("RequestId", "old").with("TaskId", "t").with("RequestId", "new");

        assertEquals(List.of("RequestId", "TaskId"), List.copyOf(body.fields().keySet()));
        assertEquals("new", body.fields().get("RequestId"));
    }

    @Test
    void leaves_out_a_field_without_a_value() {
        PopResponse body = PopResponse.body().with("Description", (String) null).with("Nested", (PopResponse) null);

        assertEquals(Map.of(), body.fields());
    }

    @Test
    void returns_itself_for_chaining() {
        PopResponse body = PopResponse.body();

        assertSame(body, body.with("A", "a").with("B", 1L).with("C", true).successful());
    }

    @Test
    void holds_a_list_in_a_wrapper_under_the_item_name_as_a_copy() {
        List<PopResponse> users = new ArrayList<>(List.of(PopResponse.body().with("Username", "alex")));
        PopResponse body = PopResponse.body().withList("Users", "User", users);
        users.add(PopResponse.body().with("Username", "late"));

        PopResponse wrapper = (PopResponse) body.fields().get("Users");
        assertEquals(List.of("User"), List.copyOf(wrapper.fields().keySet()));
        assertEquals(1, ((List<?>) wrapper.fields().get("User")).size());
    }

    @Test
    void does_not_let_its_fields_be_changed_from_outside() {
        PopResponse body = PopResponse.body().with("A", "a");

        assertThrows(UnsupportedOperationException.class, () -> body.fields().put("B", "b"));
    }
}
