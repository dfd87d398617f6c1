package org.gatewayusers.rest.pop.sgw;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;
import org.gatewayusers.application.shared.Page;
import org.gatewayusers.rest.pop.PopFormat;
import org.gatewayusers.rest.pop.PopResponse;
import org.junit.jupiter.api.Test;

class SgwActionTest {

    private static JsonObject json(PopResponse body) {
        try (JsonReader reader = Json.createReader(new StringReader(PopFormat.JSON.render("r", body)))) {
            return reader.readObject();
        }
    }

    @Test
    void a_page_of_hcs_sgw_ends_with_its_success_fields() {
        JsonObject body = json(SgwAction.paged(new Page<>(1, 1, 10, List.of("alex")), "Users", "User",
                name -> PopResponse.body().with("Username", name)));

        assertEquals(List.of("TotalCount", "PageNumber", "PageSize", "Users", "Code", "Success", "Message"),
                List.copyOf(body.keySet()));
        assertEquals("alex", body.getJsonObject("Users").getJsonArray("User").getJsonObject(0).getString("Username"));
        assertEquals(true, body.getBoolean("Success"));
    }
}
