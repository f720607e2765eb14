package io.huiwu.venue.rest;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The JSON Schemas of the documents the service takes, as committed in {@code src/main/resources/schemas}. They
 * describe no meeting and hold nothing of one, so any caller with a valid token may read them (staff of any meeting,
 * an attendee), as tools that check a document before it is sent need to; like every path of the API, not without
 * one.
 */
@Path("/api/v1/schemas")
@Tag(name = "Schemas", description = "JSON Schemas (draft 2020-12) of the documents the service takes")
public class SchemaResource {

    public static final String MEDIA_TYPE = "application/schema+json";
    public static final String SEAT_MAP = "/api/v1/schemas/seat-map";

    private final byte[] seatMap = read("schemas/seat-map.schema.json");

    @GET
    @Path("/seat-map")
    @Produces(MEDIA_TYPE)
    @Authenticated
    @Operation(summary = "The JSON Schema of a seat map document", description = "The document a hall's seat map"
            + " is served with and a draft is written from (PUT .../seat-map/draft/document). Any caller with a valid"
            + " token, whatever their roles")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MEDIA_TYPE,
            schema = @Schema(type = SchemaType.OBJECT)))
    public Response seatMap() {
        return Response.ok(seatMap, MEDIA_TYPE).build();
    }

    private static byte[] read(String resource) {
        try (InputStream in = SchemaResource.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the schema " + resource + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
