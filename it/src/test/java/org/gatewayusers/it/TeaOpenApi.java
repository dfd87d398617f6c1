package org.gatewayusers.it;

import com.aliyun.tea.TeaRequest;
import com.aliyun.teaopenapi.Client;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teaopenapi.models.OpenApiRequest;
import com.aliyun.teaopenapi.models.Params;
import com.aliyun.teautil.models.RuntimeOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The OpenAPI core of every current Alibaba Cloud SDK ({@code com.aliyun:tea-openapi}), as the generated
 * {@code sgw20180511} and {@code smartag20180313} clients use it: {@code Client.callApi} with RPC params and the
 * default signature (v3, {@code ACS3-HMAC-SHA256}), pointed at this server over plain HTTP. Nothing of the signature is
 * computed here: the vendor's code signs, sends and parses, and raises a refusal as its {@code TeaException}.
 */
final class TeaOpenApi {

    static final String SGW = "2018-05-11";
    static final String SMARTAG = "2018-03-13";

    /** What the next call of this thread does to the request after the SDK signed it (a tampering test's man in the middle). */
    private static final ThreadLocal<UnaryOperator<TeaRequest>> AFTER_SIGNING = new ThreadLocal<>();

    private static final java.util.concurrent.atomic.AtomicBoolean INTERCEPTING = new java.util.concurrent.atomic.AtomicBoolean();

    private final Client client;
    private final String authType;

    private TeaOpenApi(Client client, String authType) {
        this.client = client;
        this.authType = authType;
    }

    /** A client of the README's demo key. */
    static TeaOpenApi demo() {
        return of(PopClient.DEMO_ACCESS_KEY_ID, PopClient.DEMO_ACCESS_KEY_SECRET);
    }

    static TeaOpenApi of(String accessKeyId, String accessKeySecret) {
        try {
            Config config = new Config().setAccessKeyId(accessKeyId).setAccessKeySecret(accessKeySecret)
                    .setEndpoint("localhost:" + System.getProperty("http.port", "9080")).setProtocol("HTTP")
                    .setRegionId("cn-shanghai").setReadTimeout(60_000).setConnectTimeout(10_000);
            Client client = new Client(config);
            if (INTERCEPTING.compareAndSet(false, true)) {
                // tea-openapi's interceptor chain is one for the whole JVM: it acts only when a test arms it
                client.addRequestInterceptor((context, attributes) -> {
                    UnaryOperator<TeaRequest> change = AFTER_SIGNING.get();
                    return change == null ? context.teaRequest() : change.apply(context.teaRequest());
                });
            }
            return new TeaOpenApi(client, "AK");
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }

    /** A client that signs nothing (the SDK's {@code authType=Anonymous}): as a caller without a key would send. */
    static TeaOpenApi anonymous() {
        TeaOpenApi signed = demo();
        return new TeaOpenApi(signed.client, "Anonymous");
    }

    /** An action of hcs-sgw; the answer's body. */
    Map<String, Object> sgw(String action, Object... namesAndValues) throws Exception {
        return call(action, SGW, Map.of(), namesAndValues);
    }

    /** An action of smartag; the answer's body. */
    Map<String, Object> smartag(String action, Object... namesAndValues) throws Exception {
        return call(action, SMARTAG, Map.of(), namesAndValues);
    }

    /**
     * One call as a generated client makes it: {@code POST /}, the parameters in the query (flattened by the SDK's own
     * {@code OpenApiUtil.query}), {@code headers} merged over the SDK's own (as {@code OpenApiRequest.headers} are).
     */
    Map<String, Object> call(String action, String version, Map<String, String> headers, Object... namesAndValues)
            throws Exception {
        return call(action, version, headers, Map.of(), namesAndValues);
    }

    /** As {@link #call(String, String, Map, Object...)}, with {@code form} sent as the form body the SDK hashes. */
    @SuppressWarnings("unchecked")
    Map<String, Object> call(String action, String version, Map<String, String> headers, Map<String, Object> form,
            Object... namesAndValues) throws Exception {
        Map<String, Object> query = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            query.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        Params params = new Params().setAction(action).setVersion(version).setProtocol("HTTP").setPathname("/")
                .setMethod("POST").setAuthType(authType).setStyle("RPC").setReqBodyType("formData").setBodyType("json");
        OpenApiRequest request = new OpenApiRequest().setQuery(com.aliyun.openapiutil.Client.query(query))
                .setHeaders(new LinkedHashMap<>(headers));
        if (!form.isEmpty()) {
            request.setBody(new LinkedHashMap<>(form));
        }
        Map<String, ?> answer = client.callApi(params, request, new RuntimeOptions());
        return (Map<String, Object>) answer.get("body");
    }

    /** Runs a call with the request changed after the SDK signed it and before it is sent. */
    static <T> T tampered(UnaryOperator<TeaRequest> change, java.util.concurrent.Callable<T> call) throws Exception {
        AFTER_SIGNING.set(change);
        try {
            return call.call();
        } finally {
            AFTER_SIGNING.remove();
        }
    }

    /** A field of a nested answer, e.g. {@code path(body, "Users", "User")}. */
    @SuppressWarnings("unchecked")
    static <T> T path(Map<String, Object> body, String... names) {
        Object value = body;
        for (String name : names) {
            value = ((Map<String, Object>) value).get(name);
        }
        return (T) value;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> body, String... names) {
        return (List<Map<String, Object>>) path(body, names);
    }
}
