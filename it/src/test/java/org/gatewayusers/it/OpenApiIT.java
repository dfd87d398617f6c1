package org.gatewayusers.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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
    void the_ui_answers_without_credentials() {
        Reply ui = operations.get("/openapi/ui/");
        assertEquals(200, ui.status());
        assertTrue(ui.body().toLowerCase(Locale.ROOT).contains("<html"), ui::body);
    }
}
