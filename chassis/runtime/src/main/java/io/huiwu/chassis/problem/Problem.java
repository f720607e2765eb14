package io.huiwu.chassis.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An error response body as RFC 9457 defines it ({@code application/problem+json}), with {@code errors[]} listing
 * the fields a client has to correct. Every error a service returns has this shape; nothing in it ever names a
 * class or carries a stack trace.
 *
 * @param type      a URI naming the kind of problem, stable across releases ({@code urn:huiwu:problem:<slug>})
 * @param title     a short summary of the kind of problem, the same for every occurrence
 * @param status    the HTTP status
 * @param detail    what went wrong this time, written for the person who has to fix the request
 * @param instance  the request path the problem occurred on
 * @param errors    field errors, for validation problems only
 * @param reference an id to quote to operators, for server errors only (it is in the log beside the cause)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        List<FieldError> errors,
        String reference) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field a client must correct: {@code field} is a dotted path into the request ({@code travel.arrival}). */
    public record FieldError(String field, String message) {
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors, reference);
    }
}
