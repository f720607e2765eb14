package io.huiwu.chassis.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiDocumentFilterTest {

    private static Operation operation(String summary, String... roles) {
        return OASFactory.createOperation().summary(summary).operationId(summary.replace(" ", ""))
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse()
                        .description("OK").content(OASFactory.createContent().addMediaType("application/json",
                                OASFactory.createMediaType().schema(OASFactory.createSchema()
                                        .ref("#/components/schemas/PageResultThingView"))))))
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("oidc", List.of(roles)));
    }

    private static OpenAPI document() {
        Operation list = operation("List things", "organizer", "venue");
        Operation change = operation("Change a thing", "organizer")
                .addParameter(OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER))
                .requestBody(OASFactory.createRequestBody().content(OASFactory.createContent().addMediaType(
                        "application/json", OASFactory.createMediaType().schema(OASFactory.createSchema()
                                .ref("#/components/schemas/ThingRequest")))));
        Operation withdraw = operation("Withdraw a thing", "organizer")
                .addParameter(OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER)
                        .addExtension("x-optional", "true"));
        Operation export = OASFactory.createOperation().summary("Export").description("As a sheet")
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse()
                        .content(OASFactory.createContent().addMediaType("application/pdf",
                                OASFactory.createMediaType()))));
        return OASFactory.createOpenAPI()
                .info(OASFactory.createInfo().title("t").version("1"))
                .components(OASFactory.createComponents()
                        .addSchema("Thing", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                                .addProperty("id", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                                .addProperty("note", OASFactory.createSchema().addType(Schema.SchemaType.STRING)))
                        .addSchema("PageResultThingView", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                                .addProperty("items", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                                        .items(OASFactory.createSchema().ref("#/components/schemas/Thing"))))
                        .addSchema("ThingRequest", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                                .addProperty("note", OASFactory.createSchema().addType(Schema.SchemaType.STRING)))
                        .addSchema("Unused", OASFactory.createSchema().addType(Schema.SchemaType.STRING)))
                .paths(OASFactory.createPaths()
                        .addPathItem("/api/v1/meetings/{meetingId}/things", OASFactory.createPathItem().GET(list))
                        .addPathItem("/api/v1/meetings/{meetingId}/things/{thingId}", OASFactory.createPathItem()
                                .PUT(change).DELETE(withdraw))
                        .addPathItem("/api/v1/export", OASFactory.createPathItem().GET(export)));
    }

    @Test
    void everyErrorAnOperationCanAnswerIsAProblem() {
        OpenAPI api = document();
        new ApiDocumentFilter().filterOpenAPI(api);
        Operation change = api.getPaths().getPathItem("/api/v1/meetings/{meetingId}/things/{thingId}").getPUT();
        assertEquals(List.of("200", "400", "401", "403", "404", "412", "415", "428"),
                List.copyOf(change.getResponses().getAPIResponses().keySet()));
        assertEquals("#/components/schemas/Problem", change.getResponses().getAPIResponse("412").getContent()
                .getMediaType("application/problem+json").getSchema().getRef());
        assertTrue(change.getParameters().get(0).getRequired());
        Operation withdraw = api.getPaths().getPathItem("/api/v1/meetings/{meetingId}/things/{thingId}").getDELETE();
        assertFalse(withdraw.getParameters().get(0).getRequired());
        assertNull(withdraw.getParameters().get(0).getExtensions().get("x-optional"));
        assertFalse(withdraw.getResponses().getAPIResponses().containsKey("428"));
        Operation export = api.getPaths().getPathItem("/api/v1/export").getGET();
        assertFalse(export.getResponses().getAPIResponses().containsKey("404"));
        assertFalse(export.getResponses().getAPIResponses().containsKey("401"), "not a secured operation");
    }

    @Test
    void descriptionsNameTheRolesAndDownloadsAreBinary() {
        OpenAPI api = document();
        new ApiDocumentFilter().filterOpenAPI(api);
        assertEquals("List things. Roles: organizer, venue.",
                api.getPaths().getPathItem("/api/v1/meetings/{meetingId}/things").getGET().getDescription());
        Schema pdf = api.getPaths().getPathItem("/api/v1/export").getGET().getResponses().getAPIResponse("200")
                .getContent().getMediaType("application/pdf").getSchema();
        assertEquals("binary", pdf.getFormat());
    }

    @Test
    void pagesAreNamedAfterTheirItemsAndAnswersRequireEveryField() {
        OpenAPI api = document();
        new ApiDocumentFilter().filterOpenAPI(api);
        var schemas = api.getComponents().getSchemas();
        assertNotNull(schemas.get("ThingPage"));
        assertNull(schemas.get("PageResultThingView"));
        assertNull(schemas.get("Unused"));
        assertEquals(List.of("id", "note"), schemas.get("Thing").getRequired());
        assertNull(schemas.get("ThingRequest").getRequired(), "a request's fields stay optional");
        assertEquals("#/components/schemas/ThingPage", api.getPaths()
                .getPathItem("/api/v1/meetings/{meetingId}/things").getGET().getResponses().getAPIResponse("200")
                .getContent().getMediaType("application/json").getSchema().getRef());
    }
}
