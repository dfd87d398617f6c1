package org.gatewayusers.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gatewayusers.rest.pop.PopAction;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document cannot drift from the code: every JAX-RS resource method of the application, found by reading
 * its classes, is an operation of {@code /openapi}, and every RPC action class is a value of {@code Action}.
 */
class OpenApiIT {

    private static final String ROOT = "org.gatewayusers.rest";
    private final Operations operations = Operations.ofTheServer();

    private JsonObject document() {
        Reply reply = operations.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                + System.getProperty("http.port", "9080") + "/openapi")).header("Accept", "application/json"), Optional.empty());
        return reply.assertStatus(200).json();
    }

    private static List<JavaClass> applicationClasses() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT).stream().toList();
    }

    /** Every (HTTP method, path template) that a JAX-RS resource method of the application serves. */
    static List<String> resourceMethods() {
        List<String> found = new ArrayList<>();
        for (JavaClass javaClass : applicationClasses()) {
            if (!javaClass.isAnnotatedWith(Path.class)) {
                continue;
            }
            Class<?> type = javaClass.reflect();
            Path classPath = type.getAnnotation(Path.class);
            for (Method method : type.getMethods()) {
                Optional<String> httpMethod = java.util.Arrays.stream(method.getAnnotations())
                        .map(annotation -> annotation.annotationType().getAnnotation(HttpMethod.class))
                        .filter(java.util.Objects::nonNull).map(HttpMethod::value).findFirst();
                if (httpMethod.isEmpty()) {
                    continue;
                }
                Path methodPath = method.getAnnotation(Path.class);
                String template = ("/" + classPath.value() + "/" + (methodPath == null ? "" : methodPath.value()))
                        .replaceAll("\\{([^}:]+?)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
                if (template.length() > 1 && template.endsWith("/")) {
                    template = template.substring(0, template.length() - 1);
                }
                found.add(httpMethod.get() + " " + template);
            }
        }
        return found;
    }

    @Test
    void every_jax_rs_resource_method_is_an_operation_of_the_document() {
        JsonObject paths = document().getJsonObject("paths");
        List<String> methods = resourceMethods();
        assertTrue(methods.size() >= 30, () -> "resource methods found by reading the classes: " + methods);
        List<String> missing = methods.stream().filter(method -> {
            String[] parts = method.split(" ", 2);
            JsonObject item = paths.getJsonObject(parts[1]);
            return item == null || !item.containsKey(parts[0].toLowerCase(Locale.ROOT));
        }).toList();
        assertEquals(List.of(), missing, () -> "not in /openapi; its paths are " + paths.keySet());
        assertTrue(methods.contains("GET /api/protocols/cifs/local-users"), methods::toString);
        assertTrue(methods.contains("POST /"), methods::toString);
    }

    @Test
    void ontap_operations_carry_the_error_schema_and_their_codes() {
        JsonObject document = document();
        JsonObject create = document.getJsonObject("paths").getJsonObject("/api/protocols/cifs/local-users")
                .getJsonObject("post");
        JsonObject responses = create.getJsonObject("responses");
        assertTrue(responses.getJsonObject("409").getString("description").contains("655736"), responses::toString);
        assertTrue(responses.getJsonObject("400").getString("description").contains("655733"), responses::toString);
        assertTrue(responses.getJsonObject("401").getString("description").contains("6"), responses::toString);
        assertEquals("#/components/schemas/OntapError", responses.getJsonObject("404").getJsonObject("content")
                .getJsonObject("application/json").getJsonObject("schema").getString("$ref"));
        assertTrue(document.getJsonObject("components").getJsonObject("schemas").containsKey("OntapError"));
    }

    @Test
    void the_rpc_endpoint_lists_every_action_class_and_the_codes_of_each_product() {
        JsonObject root = document().getJsonObject("paths").getJsonObject("/").getJsonObject("get");
        Set<String> actions = root.getJsonArray("parameters").getValuesAs(JsonObject.class).stream()
                .filter(parameter -> parameter.getString("name").equals("Action")).findFirst().orElseThrow()
                .getJsonObject("schema").getJsonArray("enum").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).collect(Collectors.toSet());
        Set<String> actionClasses = applicationClasses().stream()
                .filter(javaClass -> javaClass.isAssignableTo(PopAction.class) && !javaClass.isInterface()
                        && !Modifier.isAbstract(javaClass.reflect().getModifiers()))
                .map(javaClass -> javaClass.getSimpleName().replaceFirst("Action$", ""))
                .collect(Collectors.toSet());
        assertFalse(actionClasses.isEmpty());
        assertEquals(actionClasses, actions, "one Action value per action class, named after it");
        JsonObject codes = root.getJsonObject("x-rpc-error-codes");
        assertTrue(codes.getJsonArray("hcs-sgw").toString().contains("GatewayNotExist"), codes::toString);
        assertTrue(codes.getJsonArray("smartag").toString().contains("ClientUser.UserOverLimit"), codes::toString);
        assertTrue(codes.getJsonArray("protocol").toString().contains("SignatureDoesNotMatch"), codes::toString);
        assertEquals(actionClasses.size(), root.getJsonArray("x-rpc-actions").size());
    }

    @Test
    void each_rpc_action_lists_the_parameters_its_class_declares() throws Exception {
        JsonObject document = document();
        JsonObject root = document.getJsonObject("paths").getJsonObject("/").getJsonObject("get");
        Map<String, JsonObject> listed = root.getJsonArray("x-rpc-actions").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(action -> action.getString("Action"), action -> action));
        int checked = 0;
        for (JavaClass javaClass : applicationClasses()) {
            if (!javaClass.isAssignableTo(PopAction.class) || javaClass.isInterface()) {
                continue;
            }
            Class<?> type = javaClass.reflect();
            if (Modifier.isAbstract(type.getModifiers())) {
                continue;
            }
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            PopAction action = (PopAction) constructor.newInstance();
            JsonObject entry = listed.get(action.name());
            assertTrue(entry != null, () -> "not in x-rpc-actions: " + action.name());
            List<String> declared = action.parameters().stream().map(parameter -> parameter.name() + " "
                    + parameter.required() + " " + parameter.type().name().toLowerCase(Locale.ROOT)).toList();
            List<String> documented = entry.getJsonArray("Parameters").getValuesAs(JsonObject.class).stream()
                    .map(parameter -> parameter.getString("Name") + " " + parameter.getBoolean("Required") + " "
                            + parameter.getString("Type")).toList();
            assertEquals(declared, documented, action.name());
            checked++;
        }
        assertEquals(listed.size(), checked, "every listed action is a class of the application");

        JsonObject create = listed.get("CreateGatewaySMBUser");
        assertTrue(create.getJsonArray("Parameters").contains(Json.createObjectBuilder().add("Name", "GatewayId")
                .add("Required", true).add("Type", "string").build()), create::toString);
        assertTrue(create.getJsonArray("ErrorCodes").toString().contains("GatewayNotExist"), create::toString);
        assertTrue(create.getJsonArray("ErrorCodes").toString().contains("SignatureDoesNotMatch"), create::toString);
        JsonObject schema = document.getJsonObject("components").getJsonObject("schemas")
                .getJsonObject("RpcCreateGatewaySMBUser");
        assertTrue(schema.getJsonArray("required").toString().contains("\"GatewayId\""), schema::toString);
        assertEquals("string", schema.getJsonObject("properties").getJsonObject("Username").getString("type"));
        JsonObject modify = document.getJsonObject("components").getJsonObject("schemas")
                .getJsonObject("RpcModifySmartAccessGatewayClientUser").getJsonObject("properties");
        assertEquals("integer", modify.getJsonObject("Bandwidth").getString("type"), modify::toString);
        JsonObject post = document.getJsonObject("paths").getJsonObject("/").getJsonObject("post");
        assertEquals(listed.size(), post.getJsonObject("requestBody").getJsonObject("content")
                .getJsonObject("application/x-www-form-urlencoded").getJsonObject("schema").getJsonArray("oneOf").size());
    }

    @Test
    void ontap_resources_have_request_and_response_schemas() {
        JsonObject document = document();
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        JsonObject user = schemas.getJsonObject("LocalUser").getJsonObject("properties");
        assertEquals("string", user.getJsonObject("full_name").getString("type"), user::toString);
        assertEquals("boolean", user.getJsonObject("account_disabled").getString("type"), user::toString);
        assertEquals("string", user.getJsonObject("svm").getJsonObject("properties").getJsonObject("uuid").getString("type"));
        assertEquals("array", user.getJsonObject("membership").getString("type"), user::toString);
        assertTrue(user.containsKey("sid") && !user.containsKey("password"), user::toString);
        JsonObject create = schemas.getJsonObject("LocalUserCreate").getJsonObject("properties");
        assertEquals("password", create.getJsonObject("password").getString("format"), create::toString);
        assertFalse(create.containsKey("sid"), create::toString);

        JsonObject users = document.getJsonObject("paths").getJsonObject("/api/protocols/cifs/local-users");
        assertEquals("#/components/schemas/LocalUserCreate", users.getJsonObject("post").getJsonObject("requestBody")
                .getJsonObject("content").getJsonObject("application/json").getJsonObject("schema").getString("$ref"));
        assertEquals("#/components/schemas/LocalUserCollection", users.getJsonObject("get").getJsonObject("responses")
                .getJsonObject("200").getJsonObject("content").getJsonObject("application/json").getJsonObject("schema")
                .getString("$ref"));
        assertEquals("#/components/schemas/LocalUser", document.getJsonObject("paths")
                .getJsonObject("/api/protocols/cifs/local-users/{svm.uuid}/{sid}").getJsonObject("get")
                .getJsonObject("responses").getJsonObject("200").getJsonObject("content").getJsonObject("application/json")
                .getJsonObject("schema").getString("$ref"));
        for (String resource : List.of("LocalGroup", "LocalGroupMember", "Svm", "CifsService", "Account")) {
            assertTrue(schemas.containsKey(resource) && schemas.containsKey(resource + "Create"), resource);
        }
        // every POST and PATCH of the ONTAP resources names its body
        document.getJsonObject("paths").forEach((path, item) -> {
            if (path.startsWith("/api/") && !path.startsWith("/api/private/")) {
                for (String method : List.of("post", "patch")) {
                    JsonObject operation = item.asJsonObject().getJsonObject(method);
                    assertTrue(operation == null || operation.containsKey("requestBody"), () -> method + " " + path);
                }
            }
        });
    }

    @Test
    void the_ui_answers_without_credentials() {
        Reply ui = operations.get("/openapi/ui/");
        assertEquals(200, ui.status());
        assertTrue(ui.body().toLowerCase(Locale.ROOT).contains("<html"), ui::body);
    }
}
