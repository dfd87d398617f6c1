package org.gatewayusers.rest.pop;

import static org.gatewayusers.rest.pop.PopBodies.childNames;
import static org.gatewayusers.rest.pop.PopBodies.children;
import static org.gatewayusers.rest.pop.PopBodies.json;
import static org.gatewayusers.rest.pop.PopBodies.text;
import static org.gatewayusers.rest.pop.PopBodies.xml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.enterprise.inject.Instance;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.gatewayusers.domain.shared.Rejection;
import org.gatewayusers.domain.access.AccessKey;
import org.gatewayusers.domain.access.AccessKeyBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

class PopEndpointTest {

    private static final String SGW = "2018-05-11";
    private static final String REQUEST_ID = "[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}";
    private static final List<String> ERROR_FIELDS = List.of("RequestId", "HostId", "Code", "Message", "Recommend");
    private static final String SECRET = "secret detail: password=hunter2";

    // --- test doubles

    /** A context's rejection, as the domain would throw it. */
    static final class ProbeRejection extends Rejection {
        enum Reason { USER_EXISTS, GATEWAY_NOT_FOUND }

        private final Reason reason;

        ProbeRejection(Reason reason, String field) {
            super(reason, field, null);
            this.reason = reason;
        }

        @Override
        public Enum<?> reason() {
            return reason;
        }
    }

    /** Another context's rejection, with its own table. */
    static final class OtherRejection extends Rejection {
        enum Reason { LIMIT_REACHED }

        OtherRejection() {
            super(Reason.LIMIT_REACHED, null, null);
        }

        @Override
        public Enum<?> reason() {
            return Reason.LIMIT_REACHED;
        }
    }

    /** A rejection of a context no table knows. */
    static final class UnmappedRejection extends Rejection {
        enum Reason { ANYTHING }

        UnmappedRejection() {
            super(Reason.ANYTHING, null, SECRET);
        }

        @Override
        public Enum<?> reason() {
            return Reason.ANYTHING;
        }
    }

    static final class ProbeCatalog implements PopRejectionCatalog {
        @Override
        public Class<? extends Rejection> rejectionType() {
            return ProbeRejection.class;
        }

        @Override
        public PopError of(Rejection rejection) {
            return switch ((ProbeRejection.Reason) rejection.reason()) {
                case USER_EXISTS -> new PopError(400, "UserAlreadyExists", "The specified user already exists.");
                case GATEWAY_NOT_FOUND -> new PopError(404, "GatewayNotFound", "The specified gateway does not exist.");
            };
        }
    }

    static final class OtherCatalog implements PopRejectionCatalog {
        @Override
        public Class<? extends Rejection> rejectionType() {
            return OtherRejection.class;
        }

        @Override
        public PopError of(Rejection rejection) {
            return new PopError(403, "LimitExceeded", "Too many users.");
        }
    }

    record FakeAction(String name, String version, Function<PopRequest, PopResponse> handler) implements PopAction {
        @Override
        public List<PopParameter> parameters() {
            return List.of(PopParameter.required("Username"));
        }

        @Override
        public PopResponse handle(PopRequest request) {
            return handler.apply(request);
        }
    }

    /** Just runs the work, counting how often and telling the action whether it runs inside. */
    static final class RunningTransactions extends PopTransactions {
        int runs;
        boolean inside;

        @Override
        public <T> T run(Supplier<T> work) {
            runs++;
            inside = true;
            try {
                return work.get();
            } finally {
                inside = false;
            }
        }
    }

    /**
     * Access control that admits every caller as the demo key would be admitted, counting its calls; or refuses at
     * authentication or authorisation, as the real one does ({@link PopAccessControlTest} tests that one).
     */
    static final class AccessDouble extends PopAccessControl {
        final List<String> calls = new ArrayList<>();
        PopError refuseSignature;
        PopError refuseAction;

        @Override
        public AccessKey authenticate(PopSignatureScheme scheme, PopHttpRequest wire, PopRequest request) {
            calls.add("authenticate");
            if (refuseSignature != null) {
                throw new PopException(refuseSignature);
            }
            return AccessKeyBuilder.anAccessKey().allowingEverything().build();
        }

        @Override
        public void authorise(AccessKey caller, PopAction action, PopRequest request) {
            calls.add("authorise " + action.name() + " " + action.version());
            if (refuseAction != null) {
                throw new PopException(refuseAction);
            }
        }
    }

    private final AccessDouble access = new AccessDouble();
    private final RunningTransactions transactions = new RunningTransactions();
    private final List<LogRecord> logged = new ArrayList<>();
    private final Logger log = Logger.getLogger(PopEndpoint.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private boolean parentHandlers;

    @BeforeEach
    void captureTheLog() {
        parentHandlers = log.getUseParentHandlers();
        log.setUseParentHandlers(false);
        log.addHandler(capture);
    }

    @AfterEach
    void releaseTheLog() {
        log.removeHandler(capture);
        log.setUseParentHandlers(parentHandlers);
    }

    private FakeAction create() {
        return new FakeAction("CreateGatewaySMBUser", SGW, request -> {
            assertTrue(transactions.inside, "the action runs in a transaction");
            return PopResponse.body().with("TaskId", "t-1").with("Username", request.required("Username"));
        });
    }

    private FakeAction describe() {
        return new FakeAction("DescribeGatewaySMBUsers", SGW, request -> PopResponse.body()
                .with("TotalCount", 2L)
                .withList("Users", "User", List.of(PopResponse.body().with("Username", "alex"),
                        PopResponse.body().with("Username", "bob")))
                .successful());
    }

    private static FakeAction throwing(RuntimeException failure) {
        return new FakeAction("Fail", SGW, request -> {
            throw failure;
        });
    }

    @SafeVarargs
    @SuppressWarnings("unchecked")
    private static <T> Instance<T> instance(T... beans) {
        Instance<T> instance = mock(Instance.class);
        when(instance.stream()).thenAnswer(invocation -> Stream.of(beans));
        return instance;
    }

    private PopEndpoint endpoint(PopAction... actions) {
        PopEndpoint endpoint = new PopEndpoint();
        endpoint.actions = instance(actions);
        endpoint.catalogs = instance(new OtherCatalog(), new ProbeCatalog());
        endpoint.transactions = transactions;
        endpoint.access = access;
        return endpoint;
    }

    private PopEndpoint endpoint() {
        return endpoint(create(), describe());
    }

    private static HttpServletRequest http(String method, String query, String contentType) {
        HttpServletRequest http = mock(HttpServletRequest.class);
        when(http.getMethod()).thenReturn(method);
        when(http.getQueryString()).thenReturn(query);
        when(http.getContentType()).thenReturn(contentType);
        when(http.getServerName()).thenReturn("sgw.example.com");
        return http;
    }

    /** A POST with the body as UTF-8 bytes, as the container hands it over. */
    private static Response post(PopEndpoint endpoint, HttpServletRequest http, String body) {
        return endpoint.post(http, body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private Response get(String query) {
        return endpoint().get(http("GET", query, null));
    }

    private static String entity(Response response) {
        return (String) response.getEntity();
    }

    /** A JSON error body, checked to hold exactly the protocol's five fields in order. */
    private static JsonObject jsonError(Response response, int status, String code) {
        assertEquals(status, response.getStatus(), entity(response));
        JsonObject body = json(entity(response));
        assertEquals(ERROR_FIELDS, List.copyOf(body.keySet()));
        assertEquals(code, body.getString("Code"));
        assertTrue(body.getString("RequestId").matches(REQUEST_ID), body.getString("RequestId"));
        return body;
    }

    /** An XML error body, checked to be {@code <Error>} with exactly the protocol's five fields in order. */
    private static Element xmlError(Response response, int status, String code) {
        assertEquals(status, response.getStatus(), entity(response));
        Element error = xml(entity(response)).getDocumentElement();
        assertEquals("Error", error.getTagName());
        assertEquals(ERROR_FIELDS, childNames(error));
        assertEquals(code, text(error, "Code"));
        assertTrue(text(error, "RequestId").matches(REQUEST_ID), text(error, "RequestId"));
        return error;
    }

    // --- success

    @Test
    void answers_an_action_with_its_fields_and_a_request_id_in_json() {
        Response response = get("Action=CreateGatewaySMBUser&Version=2018-05-11&Format=JSON&Username=alex");

        assertEquals(200, response.getStatus());
        JsonObject body = json(entity(response));
        assertEquals(List.of("TaskId", "Username", "RequestId"), List.copyOf(body.keySet()));
        assertEquals("t-1", body.getString("TaskId"));
        assertEquals("alex", body.getString("Username"));
        assertTrue(body.getString("RequestId").matches(REQUEST_ID), body.getString("RequestId"));
    }

    @Test
    void answers_in_xml_under_the_action_response_root_when_no_format_is_asked() {
        Response response = get("Action=CreateGatewaySMBUser&Version=2018-05-11&Username=alex");

        assertEquals(200, response.getStatus());
        Element root = xml(entity(response)).getDocumentElement();
        assertEquals("CreateGatewaySMBUserResponse", root.getTagName());
        assertEquals(List.of("TaskId", "Username", "RequestId"), childNames(root));
        assertEquals("alex", text(root, "Username"));
        assertTrue(text(root, "RequestId").matches(REQUEST_ID));
    }

    @ParameterizedTest(name = "Format={0}")
    @ValueSource(strings = {"XML", "xml", ""})
    void answers_in_xml_when_xml_is_asked_or_the_format_is_empty(String format) {
        Response response = get("Action=CreateGatewaySMBUser&Version=2018-05-11&Username=alex&Format=" + format);

        assertEquals(200, response.getStatus());
        assertEquals("CreateGatewaySMBUserResponse", xml(entity(response)).getDocumentElement().getTagName());
    }

    @Test
    void answers_a_list_as_a_wrapper_in_json_and_repeated_elements_in_xml() {
        JsonObject json = json(entity(get("Action=DescribeGatewaySMBUsers&Version=2018-05-11&Format=json")));
        assertEquals(2, json.getJsonObject("Users").getJsonArray("User").size());
        assertEquals("200", json.getString("Code"));
        assertTrue(json.getBoolean("Success"));

        Element xml = xml(entity(get("Action=DescribeGatewaySMBUsers&Version=2018-05-11"))).getDocumentElement();
        assertEquals("DescribeGatewaySMBUsersResponse", xml.getTagName());
        Element users = children(xml).stream().filter(e -> e.getTagName().equals("Users")).findFirst().orElseThrow();
        assertEquals(List.of("User", "User"), childNames(users));
    }

    @Test
    void gives_every_call_a_fresh_request_id() {
        PopEndpoint endpoint = endpoint();
        String query = "Action=CreateGatewaySMBUser&Version=2018-05-11&Format=JSON&Username=alex";

        String first = json(entity(endpoint.get(http("GET", query, null)))).getString("RequestId");
        String second = json(entity(endpoint.get(http("GET", query, null)))).getString("RequestId");

        assertNotEquals(first, second);
    }

    @Test
    void gives_every_error_a_fresh_request_id() {
        String first = jsonError(get("Format=JSON"), 400, "MissingParameter").getString("RequestId");
        String second = jsonError(get("Format=JSON"), 400, "MissingParameter").getString("RequestId");

        assertNotEquals(first, second);
    }

    @Test
    void runs_the_action_once_in_a_transaction() {
        get("Action=CreateGatewaySMBUser&Version=2018-05-11&Username=alex");

        assertEquals(1, transactions.runs);
    }

    @Test
    void opens_no_transaction_for_a_request_refused_before_dispatch() {
        get("Action=Nothing&Version=2018-05-11");

        assertEquals(0, transactions.runs);
    }

    @Test
    void authenticates_once_before_dispatch_then_authorises_the_resolved_action() {
        get("Action=CreateGatewaySMBUser&Version=2018-05-11&Username=alex");

        assertEquals(List.of("authenticate", "authorise CreateGatewaySMBUser 2018-05-11"), access.calls);
    }

    @Test
    void authenticates_even_a_request_for_an_unknown_action() {
        access.refuseSignature = PopErrors.missingParameter("AccessKeyId");

        jsonError(get("Action=Nothing&Version=2018-05-11&Format=JSON"), 400, "MissingParameter");
        assertEquals(List.of("authenticate"), access.calls);
    }

    @Test
    void runs_no_action_for_a_request_whose_signature_is_refused_and_answers_in_the_asked_format() {
        access.refuseSignature = PopErrors.signatureDoesNotMatch("GET&%2F&x");

        JsonObject error = jsonError(get("Action=CreateGatewaySMBUser&Version=2018-05-11&Format=JSON&Username=alex"),
                400, "SignatureDoesNotMatch");
        assertTrue(error.getString("Message").endsWith("server string to sign is:GET&%2F&x"), error.getString("Message"));
        xmlError(get("Action=CreateGatewaySMBUser&Version=2018-05-11&Username=alex"), 400, "SignatureDoesNotMatch");
        assertEquals(0, transactions.runs);
    }

    @Test
    void runs_no_action_the_keys_policies_do_not_allow() {
        access.refuseAction = PopErrors.forbiddenRam();

        jsonError(get("Action=CreateGatewaySMBUser&Version=2018-05-11&Format=JSON&Username=alex"), 403, "Forbidden.RAM");
        assertEquals(0, transactions.runs);
    }

    @Test
    void dispatches_to_the_action_of_the_asked_version() {
        PopEndpoint endpoint = endpoint(
                new FakeAction("Echo", "2018-05-11", request -> PopResponse.body().with("Served", "old")),
                new FakeAction("Echo", "2019-01-01", request -> PopResponse.body().with("Served", "new")));

        assertEquals("old", json(entity(endpoint.get(http("GET", "Action=Echo&Version=2018-05-11&Format=JSON", null))))
                .getString("Served"));
        assertEquals("new", json(entity(endpoint.get(http("GET", "Action=Echo&Version=2019-01-01&Format=JSON", null))))
                .getString("Served"));
    }

    @Test
    void hands_the_action_the_decoded_parameters() {
        Response response = get("Action=CreateGatewaySMBUser&Version=2018-05-11&Format=JSON&Username=SMB%5Cal+ex");

        assertEquals("SMB\\al ex", json(entity(response)).getString("Username"));
    }

    // --- dispatch errors

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"Version=2018-05-11&Format=JSON", "Action=&Version=2018-05-11&Format=JSON", "Format=JSON"})
    void refuses_a_request_without_action_as_missing_parameter(String query) {
        JsonObject error = jsonError(get(query), 400, "MissingParameter");

        assertTrue(error.getString("Message").contains("\"Action\""), error.getString("Message"));
    }

    @Test
    void refuses_an_unknown_action_as_not_found() {
        JsonObject error = jsonError(get("Action=DeleteEverything&Version=2018-05-11&Format=JSON"), 404,
                "InvalidAction.NotFound");

        assertTrue(error.getString("Message").contains("DeleteEverything"), error.getString("Message"));
    }

    @Test
    void refuses_an_unknown_action_whatever_its_version() {
        jsonError(get("Action=DeleteEverything&Format=JSON"), 404, "InvalidAction.NotFound");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"Action=CreateGatewaySMBUser&Format=JSON", "Action=CreateGatewaySMBUser&Version=&Format=JSON"})
    void refuses_a_known_action_without_version_as_missing_parameter(String query) {
        JsonObject error = jsonError(get(query), 400, "MissingParameter");

        assertTrue(error.getString("Message").contains("\"Version\""), error.getString("Message"));
    }

    @ParameterizedTest(name = "Version={0}")
    @ValueSource(strings = {"2017-01-01", "2018-05-12", "latest", "2018-05-11 "})
    void refuses_a_wrong_version_as_invalid_version(String version) {
        JsonObject error = jsonError(get("Action=CreateGatewaySMBUser&Format=JSON&Username=alex&Version="
                + version.replace(" ", "%20")), 400, "InvalidVersion");

        assertEquals("Specified parameter Version is not valid.", error.getString("Message"));
    }

    // --- errors from the action

    @Test
    void answers_a_rejection_with_the_error_its_catalog_gives() {
        PopEndpoint endpoint = endpoint(throwing(new ProbeRejection(ProbeRejection.Reason.USER_EXISTS, "Username")));

        JsonObject error = jsonError(endpoint.get(http("GET", "Action=Fail&Version=2018-05-11&Format=JSON", null)),
                400, "UserAlreadyExists");

        assertEquals("The specified user already exists.", error.getString("Message"));
    }

    @Test
    void picks_the_catalog_by_the_type_of_the_rejection() {
        PopEndpoint gatewayMissing = endpoint(throwing(new ProbeRejection(ProbeRejection.Reason.GATEWAY_NOT_FOUND, "GatewayId")));
        PopEndpoint limitReached = endpoint(throwing(new OtherRejection()));
        String query = "Action=Fail&Version=2018-05-11";

        xmlError(gatewayMissing.get(http("GET", query, null)), 404, "GatewayNotFound");
        xmlError(limitReached.get(http("GET", query, null)), 403, "LimitExceeded");
    }

    @Test
    void answers_a_rejection_no_catalog_knows_as_an_internal_error_in_the_asked_format() {
        PopEndpoint endpoint = endpoint(throwing(new UnmappedRejection()));

        Response response = endpoint.get(http("GET", "Action=Fail&Version=2018-05-11&Format=JSON", null));

        jsonError(response, 500, "InternalError");
        assertFalse(entity(response).contains("hunter2"), entity(response));
        assertFalse(entity(response).contains("UnmappedRejection"), entity(response));
        assertEquals(1, logged.size());
        assertEquals(Level.SEVERE, logged.get(0).getLevel());
    }

    @Test
    void answers_a_rejection_no_catalog_knows_in_the_format_asked_in_the_form_body() {
        PopEndpoint endpoint = endpoint(throwing(new UnmappedRejection()));

        Response response = post(endpoint, http("POST", null, "application/x-www-form-urlencoded"),
                "Action=Fail&Version=2018-05-11&Format=JSON");

        jsonError(response, 500, "InternalError");
    }

    @Test
    void answers_a_catalog_that_fails_on_a_reason_as_an_internal_error() {
        PopEndpoint endpoint = endpoint(throwing(new ProbeRejection(ProbeRejection.Reason.USER_EXISTS, "Username")));
        endpoint.catalogs = instance(new PopRejectionCatalog() {
            @Override
            public Class<? extends Rejection> rejectionType() {
                return ProbeRejection.class;
            }

            @Override
            public PopError of(Rejection rejection) {
                throw new IllegalArgumentException("no row for " + rejection.reason());
            }
        });

        xmlError(endpoint.get(http("GET", "Action=Fail&Version=2018-05-11", null)), 500, "InternalError");
    }

    @Test
    void answers_a_refusal_of_the_action_with_its_error() {
        JsonObject error = jsonError(get("Action=CreateGatewaySMBUser&Version=2018-05-11&Format=JSON"), 400,
                "MissingParameter");

        assertTrue(error.getString("Message").contains("\"Username\""), error.getString("Message"));
    }

    @ParameterizedTest(name = "Format={0}")
    @ValueSource(strings = {"JSON", "XML"})
    void answers_a_fault_as_internal_error_without_its_text_or_stack(String format) {
        IllegalStateException fault = new IllegalStateException(SECRET);
        PopEndpoint endpoint = endpoint(throwing(fault));

        Response response = endpoint.get(http("GET", "Action=Fail&Version=2018-05-11&Format=" + format, null));

        if (format.equals("JSON")) {
            jsonError(response, 500, "InternalError");
        } else {
            xmlError(response, 500, "InternalError");
        }
        String body = entity(response);
        for (String leak : List.of("hunter2", "secret", "IllegalStateException", "Exception", "PopEndpoint", "at org.",
                ".java:")) {
            assertFalse(body.contains(leak), leak + " leaks into " + body);
        }
        assertEquals(1, logged.size());
        assertEquals(Level.SEVERE, logged.get(0).getLevel());
        assertSame(fault, logged.get(0).getThrown());
    }

    @Test
    void answers_an_action_that_returns_nothing_as_internal_error() {
        PopEndpoint endpoint = endpoint(new FakeAction("Nothing", SGW, request -> null));

        xmlError(endpoint.get(http("GET", "Action=Nothing&Version=2018-05-11", null)), 500, "InternalError");
    }

    // --- the error body

    @Test
    void writes_the_error_body_with_exactly_the_five_common_fields_in_json() {
        JsonObject error = jsonError(get("Action=Nothing&Version=2018-05-11&Format=JSON"), 404, "InvalidAction.NotFound");

        assertEquals("sgw.example.com", error.getString("HostId"));
        assertFalse(error.getString("Recommend").isEmpty());
    }

    @Test
    void writes_the_error_body_as_an_error_element_in_xml() {
        Element error = xmlError(get("Action=Nothing&Version=2018-05-11&Format=XML"), 404, "InvalidAction.NotFound");

        assertEquals("sgw.example.com", text(error, "HostId"));
    }

    @Test
    void names_localhost_as_the_host_when_the_request_has_no_server_name() {
        HttpServletRequest http = http("GET", "Format=JSON", null);
        when(http.getServerName()).thenReturn(null);

        assertEquals("localhost", jsonError(endpoint().get(http), 400, "MissingParameter").getString("HostId"));
    }

    @Test
    void answers_errors_in_xml_when_no_format_is_asked() {
        xmlError(get("Action=Nothing&Version=2018-05-11"), 404, "InvalidAction.NotFound");
    }

    @ParameterizedTest(name = "Format={0}")
    @ValueSource(strings = {"YAML", "jsonp", "%20"})
    void answers_an_invalid_format_as_invalid_parameter_in_xml(String format) {
        Element error = xmlError(get("Action=CreateGatewaySMBUser&Version=2018-05-11&Username=alex&Format=" + format),
                400, "InvalidParameter");

        assertTrue(text(error, "Message").contains("\"Format\""), text(error, "Message"));
        assertEquals(0, transactions.runs);
    }

    @Test
    void answers_a_format_given_twice_differently_as_invalid_parameter_in_xml() {
        xmlError(get("Action=CreateGatewaySMBUser&Version=2018-05-11&Format=JSON&Format=XML"), 400, "InvalidParameter");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"Action=Create%ZZ&Format=JSON", "Format=JSON&Username=%", "Format=JSON&%E4%B=x"})
    void answers_a_malformed_escape_as_invalid_parameter(String query) {
        xmlError(get(query), 400, "InvalidParameter");
    }

    // --- form bodies

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=UTF-8",
            "Application/X-WWW-Form-Urlencoded;charset=utf-8"})
    void reads_a_form_body_sent_as_form_urlencoded(String contentType) {
        Response response = post(endpoint(), http("POST", null, contentType),
                "Action=CreateGatewaySMBUser&Version=2018-05-11&Format=JSON&Username=caf%C3%A9+au+lait");

        assertEquals(200, response.getStatus(), entity(response));
        assertEquals("café au lait", json(entity(response)).getString("Username"));
    }

    @Test
    void merges_the_query_string_and_the_form_body() {
        Response response = post(endpoint(), http("POST", "Action=CreateGatewaySMBUser&Version=2018-05-11&Format=JSON",
                "application/x-www-form-urlencoded"), "Username=alex");

        assertEquals("alex", json(entity(response)).getString("Username"));
    }

    @Test
    void answers_an_error_in_the_format_asked_in_the_form_body() {
        Response response = post(endpoint(), http("POST", null, "application/x-www-form-urlencoded"),
                "Action=Nothing&Version=2018-05-11&Format=JSON");

        jsonError(response, 404, "InvalidAction.NotFound");
    }

    @Test
    void refuses_a_parameter_given_differently_in_query_and_form_body() {
        Response response = post(endpoint(), http("POST",
                "Action=CreateGatewaySMBUser&Version=2018-05-11&Username=alex", "application/x-www-form-urlencoded"),
                "Username=bob");

        xmlError(response, 400, "InvalidParameter");
    }

    @ParameterizedTest(name = "Content-Type: {0}")
    @NullSource
    @ValueSource(strings = {"application/json", "text/plain", "application/xml", "multipart/form-data; boundary=x"})
    void ignores_a_body_that_is_not_form_urlencoded(String contentType) {
        Response response = post(endpoint(), http("POST", null, contentType),
                "Action=CreateGatewaySMBUser&Version=2018-05-11&Format=JSON&Username=alex");

        Element error = xmlError(response, 400, "MissingParameter");
        assertTrue(text(error, "Message").contains("\"Action\""));
    }

    @Test
    void answers_a_post_with_only_a_query_string_as_the_java_sdk_sends_it() {
        Response response = post(endpoint(), http("POST",
                "Action=CreateGatewaySMBUser&Version=2018-05-11&Format=JSON&Username=alex", null), "");

        assertEquals(200, response.getStatus());
        assertEquals("alex", json(entity(response)).getString("Username"));
    }

    // --- errors of requests that never reached the endpoint

    @Test
    void answers_an_error_from_outside_in_the_format_of_the_query() {
        Response response = PopEndpoint.error(http("PUT", "Action=A&Format=JSON", null), PopErrors.unsupportedHttpMethod());

        jsonError(response, 405, "UnsupportedHTTPMethod");
    }

    @ParameterizedTest(name = "[{0}]")
    @NullSource
    @ValueSource(strings = {"Action=A", "Format=YAML", "Format=%ZZ", "Format=JSON&Format=XML"})
    void answers_an_error_from_outside_in_xml_unless_json_is_clearly_asked(String query) {
        Response response = PopEndpoint.error(http("DELETE", query, null), PopErrors.unsupportedHttpMethod());

        xmlError(response, 405, "UnsupportedHTTPMethod");
    }

    @Test
    void gives_an_error_from_outside_a_fresh_request_id() {
        HttpServletRequest http = http("PUT", "Format=JSON", null);

        assertNotEquals(jsonError(PopEndpoint.error(http, PopErrors.internalError()), 500, "InternalError").getString("RequestId"),
                jsonError(PopEndpoint.error(http, PopErrors.internalError()), 500, "InternalError").getString("RequestId"));
    }
}
