package io.huiwu.chassis.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Makes every service's API document a contract that generated clients can use, in one place, so that a new
 * service or endpoint gets it without thinking of it:
 * <ul>
 *   <li>every error an operation can answer is declared, with the {@code Problem} schema as
 *       {@code application/problem+json}: 400, 401, 403 (where roles are required), 404 (where the path names a
 *       record), 412 and 428 (where {@code If-Match} is taken), 415 (where a body is taken), 422 (where an
 *       {@code Idempotency-Key} is taken), and whatever an operation declares besides (409, 422);</li>
 *   <li>{@code If-Match} is required unless the operation marks it optional ({@code x-optional}), and with
 *       {@code Idempotency-Key} is described; {@code ETag} is a reusable response header;</li>
 *   <li>downloads are binary strings, server-sent events are {@code text/event-stream};</li>
 *   <li>every property of a schema that only answers (never a request) is required: responses write every field,
 *       nulls included ({@code @Nullable} marks those that can be null);</li>
 *   <li>pages are named after what they hold ({@code AttendeePage}), unused schemas are dropped, and each
 *       operation's description ends with the roles that may call it.</li>
 * </ul>
 * Runs on the finished document (servers and info included) when the service starts.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class ApiDocumentFilter implements OASFilter {

    static final String PROBLEM = "Problem";
    static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    static final String REF = "#/components/schemas/";
    private static final Set<String> DOWNLOADS = Set.of("application/pdf", "application/octet-stream", "text/csv",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        Components components = api.getComponents();
        components.addSchema(PROBLEM, problemSchema());
        components.addSchema("FieldError", fieldErrorSchema());
        components.addHeader("ETag", OASFactory.createHeader()
                .description("The version of what was returned, as a strong validator (\"3\"); send it back in"
                        + " If-Match to change it")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
            for (Map.Entry<String, PathItem> path : api.getPaths().getPathItems().entrySet()) {
                for (Operation operation : path.getValue().getOperations().values()) {
                    parameters(operation);
                    errors(path.getKey(), operation);
                    media(operation);
                    describe(operation);
                }
            }
        }
        namePages(api);
        nullableReferences(api);
        requireResponseFields(api);
        dropUnused(api);
        info(api);
    }

    private static Schema problemSchema() {
        Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("An error, as RFC 9457 problem details: what kind, and what to do about it. Written in"
                        + " the caller's language (Accept-Language: zh-CN for Chinese, English otherwise).")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("The kind of problem, stable across releases: urn:huiwu:problem:<kind>")
                        .examples(List.of("urn:huiwu:problem:validation-failed")))
                .addProperty("title", string.description("A short summary of the kind of problem"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .format("int32").description("The HTTP status"))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("What went wrong this time, for the person who has to fix it"))
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("The path the problem occurred on"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("For invalid requests: each field to correct")
                        .items(OASFactory.createSchema().ref(REF + "FieldError")))
                .addProperty("reference", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("For server errors: quote it when reporting the problem"))
                .required(List.of("type", "title", "status"));
    }

    private static Schema fieldErrorSchema() {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("A field of the request to correct")
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("The field's path in the request: name, travel.at, scans[3].listId, or a"
                                + " parameter's name"))
                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("What is wrong with it"))
                .required(List.of("field", "message"));
    }

    private static void parameters(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getIn() != Parameter.In.HEADER) {
                continue;
            }
            if ("If-Match".equalsIgnoreCase(parameter.getName())) {
                boolean optional = parameter.getExtensions() != null
                        && parameter.getExtensions().containsKey("x-optional");
                if (optional) {
                    parameter.removeExtension("x-optional");
                }
                parameter.setRequired(!optional);
                if (parameter.getDescription() == null) {
                    parameter.setDescription("The ETag of the version you read (\"3\"), so that no one else's change"
                            + " is overwritten: a stale one is refused with 412" + (optional ? "; checked when sent"
                            : ", a missing one with 428"));
                }
            } else if ("Idempotency-Key".equalsIgnoreCase(parameter.getName())
                    && parameter.getDescription() == null) {
                parameter.setDescription("Any unique key (a UUID) for this request: sent again with the same body, it"
                        + " gets the first response again and changes nothing; with another body, 422");
            }
        }
    }

    private static boolean hasHeader(Operation operation, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()));
    }

    private static boolean requiresHeader(Operation operation, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName())
                        && Boolean.TRUE.equals(p.getRequired()));
    }

    private static List<String> roles(Operation operation) {
        List<String> roles = new ArrayList<>();
        if (operation.getSecurity() != null) {
            for (SecurityRequirement requirement : operation.getSecurity()) {
                if (requirement.getSchemes() != null) {
                    requirement.getSchemes().values().forEach(scopes -> {
                        if (scopes != null) {
                            roles.addAll(scopes);
                        }
                    });
                }
            }
        }
        return roles;
    }

    private static void errors(String path, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        add(responses, "400", "The request is not valid: errors[] names each parameter or field to correct");
        if (secured) {
            add(responses, "401", "No valid bearer token was sent: every other check comes after this one");
            if (!roles(operation).isEmpty()) {
                add(responses, "403", "The caller's role does not allow this operation");
            } else {
                responses.removeAPIResponse("403");
            }
        }
        if (path.contains("{")) {
            add(responses, "404", path.contains("{meetingId}")
                    ? "The meeting, or what the path names in it, does not exist; also the answer to a caller who"
                    + " holds no role in the meeting"
                    : "What the path names does not exist");
        }
        if (hasHeader(operation, "If-Match")) {
            add(responses, "412", "If-Match names a version that is no longer the current one: read it again");
            if (requiresHeader(operation, "If-Match")) {
                add(responses, "428", "If-Match is missing");
            }
        }
        if (operation.getRequestBody() != null) {
            add(responses, "415", "The body is not in a media type this operation takes");
        }
        if (hasHeader(operation, "Idempotency-Key")) {
            add(responses, "422", "The Idempotency-Key was used before with a different request");
        }
        for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
            if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                response.getValue().setContent(OASFactory.createContent().addMediaType(PROBLEM_MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF + PROBLEM))));
            }
        }
        // keep the statuses in order, successes first
        Map<String, APIResponse> sorted = new TreeMap<>(responses.getAPIResponses());
        responses.setAPIResponses(new LinkedHashMap<>(sorted));
    }

    /** Adds an error response, keeping a description the operation gave its own. */
    private static void add(APIResponses responses, String status, String description) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        } else if (existing.getDescription() == null || existing.getDescription().equals("Not Authorized")
                || existing.getDescription().equals("Not Allowed")) {
            existing.setDescription(description);
        }
    }

    private static void media(Operation operation) {
        if (operation.getResponses() != null) {
            for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                media(response.getContent());
            }
        }
        if (operation.getRequestBody() != null) {
            media(operation.getRequestBody().getContent());
        }
    }

    private static void media(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (Map.Entry<String, MediaType> media : content.getMediaTypes().entrySet()) {
            if (DOWNLOADS.contains(media.getKey())) {
                media.getValue().setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .format("binary"));
            } else if (media.getKey().equals("text/event-stream")) {
                Schema items = media.getValue().getSchema() == null ? null : media.getValue().getSchema().getItems();
                String of = items != null && items.getRef() != null
                        ? " whose data is a " + items.getRef().substring(REF.length()) + " as JSON" : "";
                media.getValue().setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("Server-sent events, each" + of));
            }
        }
    }

    private static void describe(Operation operation) {
        String description = operation.getDescription() == null ? operation.getSummary() : operation.getDescription();
        List<String> roles = roles(operation);
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        String who = !secured ? "" : roles.isEmpty() ? "Any signed-in caller." : "Roles: " + String.join(", ", roles)
                + (roles.contains("administrator") && roles.size() == 1 ? " (platform)." : ".");
        if (description == null) {
            description = who;
        } else if (!who.isEmpty()) {
            description = description + (description.endsWith(".") ? " " : ". ") + who;
        }
        operation.setDescription(description);
    }

    /** {@code PageResultAttendeeView} becomes {@code AttendeePage}, after the schema of its items. */
    private static void namePages(OpenAPI api) {
        if (api.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = new TreeMap<>(api.getComponents().getSchemas());
        Map<String, String> renames = new HashMap<>();
        for (Map.Entry<String, Schema> schema : schemas.entrySet()) {
            if (!schema.getKey().startsWith("PageResult") || schema.getValue().getProperties() == null) {
                continue;
            }
            Schema items = schema.getValue().getProperties().get("items");
            if (items != null && items.getItems() != null && items.getItems().getRef() != null) {
                String item = items.getItems().getRef().substring(REF.length());
                renames.put(schema.getKey(), item + "Page");
                schema.getValue().setDescription("One page of " + item + " records, and how many there are in all");
            }
        }
        renames.forEach((from, to) -> {
            schemas.put(to, schemas.remove(from));
        });
        visitSchemas(api, schema -> {
            if (schema.getRef() != null && schema.getRef().startsWith(REF)) {
                String to = renames.get(schema.getRef().substring(REF.length()));
                if (to != null) {
                    schema.setRef(REF + to);
                }
            }
        });
        api.getComponents().setSchemas(schemas);
    }

    /**
     * A nullable reference comes out as {@code anyOf: [{$ref}, {type: null}]} beside a {@code type} that does not
     * allow null; that type would refuse the null the {@code anyOf} allows, so null is added to it. Likewise a nullable
     * field with an {@code enum}: the enum must list null too, or a validator refuses the null its type allows.
     */
    private static void nullableReferences(OpenAPI api) {
        visitSchemas(api, schema -> {
            if (schema.getAnyOf() != null && schema.getType() != null
                    && !schema.getType().contains(Schema.SchemaType.NULL)
                    && schema.getAnyOf().stream().anyMatch(option -> option.getType() != null
                            && option.getType().contains(Schema.SchemaType.NULL))) {
                schema.addType(Schema.SchemaType.NULL);
            }
            if (schema.getEnumeration() != null && schema.getType() != null
                    && schema.getType().contains(Schema.SchemaType.NULL) && !schema.getEnumeration().contains(null)) {
                List<Object> values = new ArrayList<>(schema.getEnumeration());
                values.add(null);
                schema.setEnumeration(values);
            }
        });
    }

    /**
     * Schemas reached only from responses: every property is always written (nulls included), so every property is
     * required; whether it may be null is the schema's own business ({@code @Nullable}).
     */
    private static void requireResponseFields(OpenAPI api) {
        Set<String> fromResponses = new HashSet<>();
        Set<String> fromRequests = new HashSet<>();
        forEachOperation(api, operation -> {
            if (operation.getResponses() != null) {
                operation.getResponses().getAPIResponses().forEach((status, response) -> {
                    if (!status.startsWith("4") && !status.startsWith("5")) {
                        content(response.getContent(), schema -> reach(api, schema, fromResponses));
                    }
                });
            }
            if (operation.getRequestBody() != null) {
                content(operation.getRequestBody().getContent(), schema -> reach(api, schema, fromRequests));
            }
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(p -> reach(api, p.getSchema(), fromRequests));
            }
        });
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        for (String name : fromResponses) {
            Schema schema = schemas.get(name);
            if (fromRequests.contains(name) || schema == null || schema.getProperties() == null
                    || schema.getProperties().isEmpty()) {
                continue;
            }
            schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
        }
    }

    private static void content(Content content, Consumer<Schema> action) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(media -> action.accept(media.getSchema()));
        }
    }

    /** Adds the names of every component schema {@code schema} leads to. */
    private static void reach(OpenAPI api, Schema schema, Set<String> names) {
        Deque<Schema> todo = new ArrayDeque<>();
        if (schema != null) {
            todo.push(schema);
        }
        Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!todo.isEmpty()) {
            Schema next = todo.pop();
            if (!seen.add(next)) {
                continue;
            }
            if (next.getRef() != null && next.getRef().startsWith(REF)) {
                String name = next.getRef().substring(REF.length());
                Schema target = api.getComponents().getSchemas() == null ? null
                        : api.getComponents().getSchemas().get(name);
                if (names.add(name) && target != null) {
                    todo.push(target);
                }
            }
            children(next).forEach(todo::push);
        }
    }

    private static List<Schema> children(Schema schema) {
        List<Schema> children = new ArrayList<>();
        if (schema.getProperties() != null) {
            children.addAll(schema.getProperties().values());
        }
        if (schema.getItems() != null) {
            children.add(schema.getItems());
        }
        if (schema.getAdditionalPropertiesSchema() != null) {
            children.add(schema.getAdditionalPropertiesSchema());
        }
        for (List<Schema> list : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (list != null) {
                children.addAll(list);
            }
        }
        return children;
    }

    private static void forEachOperation(OpenAPI api, Consumer<Operation> action) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(action));
    }

    private static void visitSchemas(OpenAPI api, Consumer<Schema> action) {
        List<Schema> roots = new ArrayList<>();
        if (api.getComponents().getSchemas() != null) {
            roots.addAll(api.getComponents().getSchemas().values());
        }
        forEachOperation(api, operation -> {
            if (operation.getResponses() != null) {
                operation.getResponses().getAPIResponses().values()
                        .forEach(response -> content(response.getContent(), roots::add));
            }
            if (operation.getRequestBody() != null) {
                content(operation.getRequestBody().getContent(), roots::add);
            }
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(p -> roots.add(p.getSchema()));
            }
        });
        Deque<Schema> todo = new ArrayDeque<>();
        roots.stream().filter(java.util.Objects::nonNull).forEach(todo::push);
        Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!todo.isEmpty()) {
            Schema next = todo.pop();
            if (seen.add(next)) {
                action.accept(next);
                children(next).forEach(todo::push);
            }
        }
    }

    /** Drops component schemas no operation leads to (types a shared library declares but this service never uses). */
    private static void dropUnused(OpenAPI api) {
        Set<String> used = new LinkedHashSet<>();
        forEachOperation(api, operation -> {
            if (operation.getResponses() != null) {
                operation.getResponses().getAPIResponses().values()
                        .forEach(response -> content(response.getContent(), schema -> reach(api, schema, used)));
            }
            if (operation.getRequestBody() != null) {
                content(operation.getRequestBody().getContent(), schema -> reach(api, schema, used));
            }
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(p -> reach(api, p.getSchema(), used));
            }
        });
        if (api.getComponents().getSchemas() != null) {
            Map<String, Schema> kept = new TreeMap<>(api.getComponents().getSchemas());
            kept.keySet().removeIf(name -> !used.contains(name));
            api.getComponents().setSchemas(kept);
        }
        Set<String> headers = new HashSet<>();
        forEachOperation(api, operation -> {
            if (operation.getResponses() != null) {
                operation.getResponses().getAPIResponses().values().stream()
                        .filter(response -> response.getHeaders() != null)
                        .flatMap(response -> response.getHeaders().values().stream())
                        .filter(header -> header.getRef() != null)
                        .map(header -> header.getRef().substring(header.getRef().lastIndexOf('/') + 1))
                        .forEach(headers::add);
            }
        });
        if (api.getComponents().getHeaders() != null) {
            Map<String, org.eclipse.microprofile.openapi.models.headers.Header> kept =
                    new TreeMap<>(api.getComponents().getHeaders());
            kept.keySet().removeIf(name -> !headers.contains(name));
            api.getComponents().setHeaders(kept.isEmpty() ? null : kept);
        }
    }

    /**
     * The contact and licence, and the server: {@code http://{host}:{port}}, by default the local stack's address, so
     * that a client names the host it runs against.
     */
    private static void info(OpenAPI api) {
        if (api.getInfo() == null) {
            api.setInfo(OASFactory.createInfo());
        }
        api.getInfo().setContact(OASFactory.createContact().name("huiwu, the team that maintains this API"));
        api.getInfo().setLicense(OASFactory.createLicense().name("Proprietary").identifier("LicenseRef-Proprietary"));
        String port = ConfigProvider.getConfig().getOptionalValue("quarkus.http.port", String.class).orElse("8080");
        Map<String, org.eclipse.microprofile.openapi.models.servers.ServerVariable> variables = new LinkedHashMap<>();
        variables.put("host", OASFactory.createServerVariable().defaultValue("localhost")
                .description("The host the service runs on"));
        variables.put("port", OASFactory.createServerVariable().defaultValue(port)
                .description("Its port; the local stack's is the default"));
        api.setServers(List.of(OASFactory.createServer()
                .url("http://{host}:{port}")
                .description("The service, on the local stack (./run) or wherever it is deployed")
                .variables(variables)));
    }
}
