package org.gatewayusers.rest.operations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.gatewayusers.domain.access.AccessRejection;
import org.gatewayusers.domain.ontap.OntapRejection;
import org.gatewayusers.domain.sgw.SgwRejection;
import org.gatewayusers.domain.shared.PagingRejection;
import org.gatewayusers.domain.smartag.SmartagRejection;
import org.gatewayusers.rest.ontap.errors.OntapError;
import org.gatewayusers.rest.ontap.errors.OntapErrorCatalog;
import org.gatewayusers.rest.ontap.resources.OntapResources;
import org.gatewayusers.rest.pop.PagingErrorCatalog;
import org.gatewayusers.rest.pop.PopAction;
import org.gatewayusers.rest.pop.PopError;
import org.gatewayusers.rest.pop.PopErrors;
import org.gatewayusers.rest.pop.PopParameter;
import org.gatewayusers.rest.pop.PopProduct;
import org.gatewayusers.rest.pop.PopProducts;
import org.gatewayusers.rest.pop.sgw.CloudStorageGateway;
import org.gatewayusers.rest.pop.sgw.SgwErrorCatalog;
import org.gatewayusers.rest.pop.smartag.SmartAccessGateway;
import org.gatewayusers.rest.pop.smartag.SmartagErrorCatalog;

/**
 * Completes the OpenAPI document that MicroProfile OpenAPI builds from the JAX-RS resources ({@code /openapi}): the
 * error bodies of both dialects as schemas, on every ONTAP operation the error responses with the codes each status
 * carries (from {@link OntapErrorCatalog}), and on the RPC endpoint {@code /} the protocol's parameters, every action
 * of the application ({@link PopAction} classes) with its product and version (from {@link PopProducts}), and the
 * codes of the protocol and of each product's catalog. Nothing here is written by hand twice: the codes come from the
 * catalogs, the actions from the classes, the products' codes and versions from the products.
 * <p>
 * It runs when the WAR is built, not when the server starts: {@code ApiDocumentBuild} (adapters-rest's build) scans the
 * resources as the server's MicroProfile OpenAPI would, applies this filter and writes
 * {@code META-INF/openapi.json}, which the server serves as it is ({@code mp.openapi.scan.disable}). A filter named in
 * {@code mp.openapi.filter} would be applied at every start, and stop Open Liberty from reusing the document it caches.
 */
public class ApiDocument implements OASFilter {

    static final String ONTAP_ERROR = "OntapError";
    static final String RPC_ERROR = "RpcError";
    static final String COLLECTION = "Collection";
    static final String CREATE = "Create";
    static final String CHANGE = "Change";

    private final List<PopAction> actions;

    /** @param actions one instance of every RPC action class of the application */
    public ApiDocument(Collection<? extends PopAction> actions) {
        this.actions = actions.stream()
                .sorted(Comparator.comparing(PopAction::name).thenComparing(PopAction::version))
                .map(PopAction.class::cast)
                .toList();
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.info(OASFactory.createInfo().title("gateway-users").version("0.1.0")
                .description("Local user accounts of storage and network gateways: ONTAP REST (/api, HTTP Basic) and "
                        + "the Alibaba Cloud RPC endpoint (/, signed requests) of "
                        + products(product -> product.code() + " " + product.version(), " and ") + "."));
        if (openAPI.getComponents() == null) {
            openAPI.components(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(ONTAP_ERROR, ontapErrorSchema()).addSchema(RPC_ERROR, rpcErrorSchema());
        for (OntapResources resource : OntapResources.ALL) {
            openAPI.getComponents().addSchema(resource.name(), recordSchema(resource))
                    .addSchema(resource.name() + COLLECTION, collectionSchema(resource));
            if (!resource.createFields().isEmpty()) {
                openAPI.getComponents().addSchema(resource.name() + CREATE, requestSchema(resource.createFields()));
            }
            if (!resource.changeFields().isEmpty()) {
                openAPI.getComponents().addSchema(resource.name() + CHANGE, requestSchema(resource.changeFields()));
            }
        }
        actions.forEach(action -> openAPI.getComponents().addSchema(rpcSchemaName(action), rpcActionSchema(action)));
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.equals("/")) {
                item.getOperations().forEach((method, operation) -> describeRpc(method, operation, actions));
            } else {
                item.getOperations().forEach((method, operation) -> describeOntap(path, method, operation));
            }
        });
    }

    // --- ONTAP

    private static void describeOntap(String path, PathItem.HttpMethod method, Operation operation) {
        operation.addTag("ONTAP REST");
        if (operation.getResponses() == null) {
            operation.responses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        OntapResources.serving(path).ifPresent(resource -> describeBodies(resource, path, method, operation));
        ontapCodesByStatus(method).forEach((status, codes) -> responses.addAPIResponse(Integer.toString(status),
                OASFactory.createAPIResponse()
                        .description("ONTAP error; error.code one of " + String.join(", ", codes))
                        .content(json(ref(ONTAP_ERROR)))));
    }

    /**
     * The request body a {@code POST} or {@code PATCH} takes (a {@code DELETE} of members names them like a
     * {@code POST}) and the records a success answers, from the resource's own field sets.
     */
    private static void describeBodies(OntapResources resource, String path, PathItem.HttpMethod method,
            Operation operation) {
        boolean collection = resource.isCollection(path);
        String body = switch (method) {
            case POST -> CREATE;
            case PATCH -> CHANGE;
            case DELETE -> collection && !resource.createFields().contains("svm") ? CREATE : null;
            default -> null;
        };
        if (body != null && !(body.equals(CREATE) ? resource.createFields() : resource.changeFields()).isEmpty()) {
            operation.requestBody(OASFactory.createRequestBody().required(method != PathItem.HttpMethod.DELETE)
                    .content(json(ref(resource.name() + body))));
        }
        String answered = method == PathItem.HttpMethod.GET && !collection ? resource.name() : resource.name() + COLLECTION;
        String status = method == PathItem.HttpMethod.POST ? "201" : "200";
        String what = switch (method) {
            case GET -> collection ? "the records asked for (fields, filters, order_by, max_records)" : "the record";
            case POST -> "created; the record in records with return_records=true";
            default -> "done; the records changed in records with return_records=true";
        };
        operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().description(what)
                .content(json(ref(answered))));
    }

    private static Schema recordSchema(OntapResources resource) {
        Set<String> members = new TreeSet<>(resource.records().fields());
        resource.records().alwaysFields().stream()
                .filter(always -> members.stream().noneMatch(field -> field.startsWith(always + ".")))
                .forEach(members::add);
        return objectOf(members, resource.records().openFields(), false)
                .description("A record of " + resource.path() + "; fields selects its members");
    }

    private static Schema collectionSchema(OntapResources resource) {
        return object().description("Records of " + resource.path())
                .addProperty("records", array(ref(resource.name())))
                .addProperty("num_records", OASFactory.createSchema().type(Schema.SchemaType.INTEGER))
                .addProperty("_links", object().additionalPropertiesBoolean(true));
    }

    private static Schema requestSchema(Set<String> fields) {
        return objectOf(new TreeSet<>(fields), Set.of(), true).additionalPropertiesBoolean(false)
                .description("Members not named here are refused (error 262197)");
    }

    /** An object of dotted fields ({@code svm.uuid} is {@code svm: {uuid}}), typed as ONTAP types them. */
    private static Schema objectOf(Collection<String> fields, Set<String> open, boolean request) {
        Map<String, List<String>> below = new TreeMap<>();
        for (String field : fields) {
            int dot = field.indexOf('.');
            String head = dot < 0 ? field : field.substring(0, dot);
            List<String> rest = below.computeIfAbsent(head, name -> new ArrayList<>());
            if (dot >= 0) {
                rest.add(field.substring(dot + 1));
            }
        }
        Schema object = object();
        below.forEach((head, rest) -> {
            if (!(request && head.equals("_links"))) {
                object.addProperty(head, member(head, rest, open.contains(head), request));
            }
        });
        return object;
    }

    private static Schema member(String name, List<String> below, boolean open, boolean request) {
        Schema inner = !below.isEmpty() ? objectOf(below, Set.of(), request)
                : open || name.equals("_links") ? object().additionalPropertiesBoolean(true) : null;
        return switch (OntapResources.typeOf(name)) {
            case ARRAY -> array(inner != null ? inner : name.equals("privileges") ? string() : object()
                    .addProperty("name", string()));
            case BOOLEAN -> OASFactory.createSchema().type(Schema.SchemaType.BOOLEAN);
            case INTEGER -> OASFactory.createSchema().type(Schema.SchemaType.INTEGER);
            case STRING -> inner != null ? inner : name.equals("password")
                    ? string().format("password").writeOnly(true) : string();
        };
    }

    /** The codes of every ONTAP error the catalog holds, by HTTP status; reads never answer 409. */
    static Map<Integer, List<String>> ontapCodesByStatus(PathItem.HttpMethod method) {
        Stream<OntapError> errors = Stream.concat(
                Stream.concat(Arrays.stream(OntapRejection.Reason.values()).map(OntapErrorCatalog::of),
                        Arrays.stream(AccessRejection.Reason.values()).map(OntapErrorCatalog::of)),
                Stream.of(OntapErrorCatalog.BAD_REQUEST, OntapErrorCatalog.ENTRY_NOT_FOUND, OntapErrorCatalog.UNAUTHORIZED,
                        OntapErrorCatalog.FORBIDDEN, OntapErrorCatalog.METHOD_NOT_ALLOWED,
                        OntapErrorCatalog.UNSUPPORTED_MEDIA_TYPE, OntapErrorCatalog.PAYLOAD_TOO_LARGE,
                        OntapErrorCatalog.URI_TOO_LONG, OntapErrorCatalog.INTERNAL));
        boolean read = method == PathItem.HttpMethod.GET || method == PathItem.HttpMethod.HEAD;
        return errors.filter(error -> !read || (error.status() != 409 && error.status() != 413 && error.status() != 415))
                .collect(Collectors.groupingBy(OntapError::status, TreeMap::new,
                        Collectors.mapping(OntapError::code, Collectors.collectingAndThen(
                                Collectors.toCollection(TreeSet::new), ArrayList::new))));
    }

    private static Schema ontapErrorSchema() {
        return object().description("ONTAP's error body; the code is a JSON string")
                .addProperty("error", object()
                        .addProperty("message", string())
                        .addProperty("code", string().description("ONTAP error code, e.g. 655736"))
                        .addProperty("target", string().description("the field at fault, when there is one"))
                        .required(List.of("message", "code")))
                .required(List.of("error"));
    }

    // --- RPC

    private static void describeRpc(PathItem.HttpMethod method, Operation operation, List<PopAction> actions) {
        operation.addTag("Alibaba Cloud RPC")
                .summary("Every RPC action of " + products(PopProduct::code, " and ") + ": dispatched on Action")
                .description("Signed with signature v1 (AccessKeyId, SignatureMethod=HMAC-SHA1, SignatureVersion=1.0, "
                        + "SignatureNonce, Timestamp, Signature) or v3 (Authorization: ACS3-HMAC-SHA256). Actions by version: "
                        + actions.stream().map(action -> action.name() + " (" + product(action) + " " + action.version()
                                + ")").collect(Collectors.joining(", "))
                        + ". Each action's parameters (x-rpc-actions, and the schema Rpc<Action>) go in the query string "
                        + "or the form body.");
        Map<String, List<String>> productCodes = rpcCodesByProduct();
        operation.addExtension("x-rpc-actions", actions.stream().map(action -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("Action", action.name());
            entry.put("Version", action.version());
            entry.put("Product", product(action));
            entry.put("Parameters", action.parameters().stream().map(ApiDocument::described).toList());
            entry.put("Schema", "#/components/schemas/" + rpcSchemaName(action));
            entry.put("ErrorCodes", Stream.concat(productCodes.get("protocol").stream(),
                    productCodes.getOrDefault(product(action), List.of()).stream()).toList());
            return entry;
        }).toList());
        operation.addExtension("x-rpc-error-codes", productCodes);
        if (method == PathItem.HttpMethod.POST) {
            operation.requestBody(OASFactory.createRequestBody().required(false).description(
                    "The action's parameters as a form body (Terraform's way); one of the actions' schemas")
                    .content(OASFactory.createContent().addMediaType("application/x-www-form-urlencoded",
                            OASFactory.createMediaType().schema(OASFactory.createSchema().oneOf(actions.stream()
                                    .map(action -> ref(rpcSchemaName(action))).toList())))));
        }
        List<Parameter> parameters = new ArrayList<>();
        parameters.add(query("Action", true, enumOf(actions.stream().map(PopAction::name).distinct().toList()),
                "the action; its own parameters follow in the query string or the form body"));
        parameters.add(query("Version", true,
                enumOf(PopProducts.ALL.stream().map(PopProduct::version).sorted().toList()),
                products(product -> product.version() + " for " + product.code(), ", ")));
        parameters.add(query("Format", false, enumOf(List.of("JSON", "XML")), "the answer's format, XML by default"));
        for (String name : List.of("AccessKeyId", "SignatureMethod", "SignatureVersion", "SignatureNonce", "Timestamp",
                "Signature")) {
            parameters.add(query(name, false, string(), "signature v1"));
        }
        parameters.add(query("RegionId", false, string(), "the region (smartag)"));
        operation.parameters(parameters);
        if (operation.getResponses() == null) {
            operation.responses(OASFactory.createAPIResponses());
        }
        rpcErrors().collect(Collectors.groupingBy(PopError::status, TreeMap::new,
                        Collectors.mapping(PopError::code, Collectors.toCollection(TreeSet::new))))
                .forEach((status, codes) -> operation.getResponses().addAPIResponse(Integer.toString(status),
                        OASFactory.createAPIResponse().description("RPC error; Code one of " + String.join(", ", codes))
                                .content(OASFactory.createContent()
                                        .addMediaType("application/json", OASFactory.createMediaType().schema(ref(RPC_ERROR)))
                                        .addMediaType("application/xml", OASFactory.createMediaType().schema(ref(RPC_ERROR))))));
    }

    /** The name of an action's parameters schema: {@code Rpc} and the action's name. */
    static String rpcSchemaName(PopAction action) {
        return "Rpc" + action.name();
    }

    private static String product(PopAction action) {
        return PopProducts.ofVersion(action.version()).map(PopProduct::code).orElse("?");
    }

    /** Each product as {@code describe} puts it, in {@link PopProducts#ALL}'s order. */
    private static String products(Function<PopProduct, String> describe, String separator) {
        return PopProducts.ALL.stream().map(describe).collect(Collectors.joining(separator));
    }

    /** An action's parameters as an object, with Action and Version fixed: what one call sends. */
    private static Schema rpcActionSchema(PopAction action) {
        Schema schema = object().description(action.name() + " of " + product(action) + " " + action.version())
                .addProperty("Action", enumOf(List.of(action.name())))
                .addProperty("Version", enumOf(List.of(action.version())));
        List<String> required = new ArrayList<>(List.of("Action", "Version"));
        for (PopParameter parameter : action.parameters()) {
            schema.addProperty(parameter.name(), switch (parameter.type()) {
                case INTEGER -> OASFactory.createSchema().type(Schema.SchemaType.INTEGER);
                case BOOLEAN -> OASFactory.createSchema().type(Schema.SchemaType.BOOLEAN);
                case STRING -> parameter.name().equals("Password") ? string().format("password").writeOnly(true) : string();
            });
            if (parameter.required()) {
                required.add(parameter.name());
            }
        }
        return schema.required(required);
    }

    private static Map<String, Object> described(PopParameter parameter) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("Name", parameter.name());
        described.put("Required", parameter.required());
        described.put("Type", parameter.type().name().toLowerCase(java.util.Locale.ROOT));
        if (!parameter.aliases().isEmpty()) {
            described.put("Aliases", parameter.aliases());
        }
        return described;
    }

    static Stream<PopError> protocolErrors() {
        return Stream.of(PopErrors.missingParameter("Action"), PopErrors.invalidParameter("PageSize", "-"),
                PopErrors.actionNotFound(null), PopErrors.invalidVersion(), PopErrors.unsupportedHttpMethod(),
                PopErrors.accessKeyNotFound(), PopErrors.accessKeyInactive(), PopErrors.signatureDoesNotMatch(""),
                PopErrors.timestampFormat(), PopErrors.timestampExpired(), PopErrors.signatureNonceUsed(),
                PopErrors.forbiddenRam(), PopErrors.internalError());
    }

    private static Stream<PopError> rpcErrors() {
        return Stream.of(protocolErrors(), Arrays.stream(PagingRejection.Reason.values()).map(PagingErrorCatalog::of),
                        Arrays.stream(SgwRejection.Reason.values()).map(SgwErrorCatalog::of),
                        Arrays.stream(SmartagRejection.Reason.values()).map(SmartagErrorCatalog::of))
                .flatMap(errors -> errors);
    }

    static Map<String, List<String>> rpcCodesByProduct() {
        Map<String, List<String>> codes = new LinkedHashMap<>();
        codes.put("protocol", sortedCodes(Stream.concat(protocolErrors(),
                Arrays.stream(PagingRejection.Reason.values()).map(PagingErrorCatalog::of))));
        codes.put(CloudStorageGateway.PRODUCT.code(),
                sortedCodes(Arrays.stream(SgwRejection.Reason.values()).map(SgwErrorCatalog::of)));
        codes.put(SmartAccessGateway.PRODUCT.code(),
                sortedCodes(Arrays.stream(SmartagRejection.Reason.values()).map(SmartagErrorCatalog::of)));
        return codes;
    }

    private static List<String> sortedCodes(Stream<PopError> errors) {
        return errors.map(PopError::code).distinct().sorted(Comparator.naturalOrder()).toList();
    }

    private static Schema rpcErrorSchema() {
        return object().description("The RPC common error body (in XML as <Error>...</Error>)")
                .addProperty("RequestId", string()).addProperty("HostId", string())
                .addProperty("Code", string().description("the vendor's error code, e.g. GatewayNotExist"))
                .addProperty("Message", string()).addProperty("Recommend", string())
                .required(List.of("RequestId", "Code", "Message"));
    }

    // --- schema helpers

    private static Parameter query(String name, boolean required, Schema schema, String description) {
        return OASFactory.createParameter().name(name).in(Parameter.In.QUERY).required(required).schema(schema)
                .description(description);
    }

    private static Schema object() {
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
    }

    private static Schema string() {
        return OASFactory.createSchema().type(Schema.SchemaType.STRING);
    }

    private static Schema enumOf(List<String> values) {
        return string().enumeration(new ArrayList<>(values));
    }

    private static Schema array(Schema items) {
        return OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(items);
    }

    private static Schema ref(String component) {
        return OASFactory.createSchema().ref(component);
    }

    private static Content json(Schema schema) {
        return OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType().schema(schema));
    }
}
