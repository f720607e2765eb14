package io.huiwu.logistics.rest;

import io.huiwu.chassis.idempotency.IdempotentRequests;
import io.huiwu.chassis.web.Versions;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/** The answer to a creating POST: 201 with Location and ETag, replayed for the same Idempotency-Key. */
final class Creations {

    private Creations() {
    }

    /** {@code collection} is where the new record lives under the meeting: {@code rooms} for a room. */
    static <T> Response created(IdempotentRequests idempotency, UUID meetingId, String collection,
            String idempotencyKey, Object request, UriInfo uri, Supplier<T> action, Function<T, UUID> id,
            ToLongFunction<T> version) {
        return idempotency.execute(idempotencyKey, "POST " + uri.getPath(), request, () -> {
            T view = action.get();
            return Response.created(uri.getBaseUriBuilder().path("api/v1/meetings").path(meetingId.toString())
                    .path(collection).path(id.apply(view).toString()).build())
                    .header(HttpHeaders.ETAG, Versions.etag(version.applyAsLong(view))).entity(view).build();
        });
    }
}
