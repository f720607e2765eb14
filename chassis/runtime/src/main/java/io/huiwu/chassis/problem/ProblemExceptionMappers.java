package io.huiwu.chassis.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns every exception that reaches the REST layer into problem+json. Client mistakes become 4xx with a detail
 * a person can act on; anything else becomes a 500 whose body carries only a reference to the log entry.
 * Priorities are set above the framework's own mappers so that these win.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);
    private static final int PRIORITY = jakarta.ws.rs.Priorities.USER - 100;

    @ServerExceptionMapper(priority = PRIORITY)
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(), uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        boolean aboutResponse = e.getConstraintViolations().stream().anyMatch(v -> {
            for (Path.Node node : v.getPropertyPath()) {
                if (node.getKind() == ElementKind.RETURN_VALUE) {
                    return true;
                }
            }
            return false;
        });
        if (aboutResponse) {
            return internal(e, uri);
        }
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        String detail = errors.stream().map(err -> err.field() + " " + err.message())
                .collect(Collectors.joining("; "));
        return respond(ProblemType.VALIDATION.problem(detail, errors), uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        return respond(unreadableBody(e), uri);
    }

    // The framework maps some of these subtypes itself; naming each one here keeps ours the closest match.

    @ServerExceptionMapper(priority = PRIORITY)
    public Response unreadable(JsonMappingException e, UriInfo uri) {
        return respond(unreadableBody(e), uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response unreadable(MismatchedInputException e, UriInfo uri) {
        return respond(unreadableBody(e), uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response unreadable(JsonParseException e, UriInfo uri) {
        return respond(unreadableBody(e), uri);
    }

    /** What is wrong with a body Jackson could not read, as precisely as the exception allows. */
    private static Problem unreadableBody(JsonProcessingException e) {
        if (e instanceof JsonParseException parse) {
            String where = parse.getLocation() == null ? "" : " (line " + parse.getLocation().getLineNr()
                    + ", column " + parse.getLocation().getColumnNr() + ")";
            return ProblemType.MALFORMED_BODY.problem("The request body is not valid JSON" + where + ": "
                    + parse.getOriginalMessage());
        }
        if (!(e instanceof JsonMappingException mapping)) {
            return ProblemType.MALFORMED_BODY.problem("The request body cannot be read as JSON");
        }
        String field = pathOf(mapping);
        String message;
        if (e instanceof UnrecognizedPropertyException) {
            message = "is not a known field";
        } else if (e instanceof InvalidFormatException invalid) {
            message = expectation(invalid.getTargetType(), invalid.getValue());
        } else if (e instanceof MismatchedInputException mismatched) {
            message = field.isEmpty() ? "must be a JSON " + kindOf(mismatched.getTargetType())
                    : expectation(mismatched.getTargetType(), null);
        } else if (e instanceof ValueInstantiationException && e.getCause() instanceof IllegalArgumentException iae
                && iae.getMessage() != null) {
            message = iae.getMessage();
        } else {
            message = "has a value that cannot be read";
        }
        String name = field.isEmpty() ? "body" : field;
        return ProblemType.VALIDATION.problem(name + " " + message, List.of(new Problem.FieldError(name, message)));
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response unauthenticated(AuthenticationFailedException e, UriInfo uri) {
        return respond(ProblemType.UNAUTHENTICATED.problem(
                "Send a valid bearer token in the Authorization header"), uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response unauthenticated(AuthenticationCompletionException e, UriInfo uri) {
        return respond(ProblemType.UNAUTHENTICATED.problem(
                "Send a valid bearer token in the Authorization header"), uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return respond(ProblemType.UNAUTHENTICATED.problem(
                "Send a valid bearer token in the Authorization header"), uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN.problem("Your role does not allow this operation"), uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response staleEntity(OptimisticLockException e, UriInfo uri) {
        return respond(ProblemType.CONFLICT.problem(
                "Someone else changed this record at the same time; read it again and retry"), uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response staleEntity(StaleStateException e, UriInfo uri) {
        return staleEntity(new OptimisticLockException(), uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response persistence(PersistenceException e, UriInfo uri) {
        var violation = findCause(e, org.hibernate.exception.ConstraintViolationException.class);
        if (violation != null) {
            String constraint = violation.getConstraintName() == null ? "" : " (" + violation.getConstraintName() + ")";
            return respond(ProblemType.CONFLICT.problem(
                    "The change conflicts with data already recorded" + constraint), uri);
        }
        if (findCause(e, OptimisticLockException.class) != null || findCause(e, StaleStateException.class) != null) {
            return staleEntity(new OptimisticLockException(), uri);
        }
        return internal(e, uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException jackson) {
            return unreadable(jackson, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return internal(e, uri);
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
            case 404 -> "Nothing exists at " + uri.getPath();
            case 405 -> "This path does not accept that method";
            case 406 -> "This resource cannot be returned in the media type asked for in Accept";
            case 415 -> "Send the body as application/json";
            case 413 -> "The request body is too large";
            default -> type.title();
        };
        Response response = respond(type.problem(detail), uri);
        if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            return Response.fromResponse(response).header("Allow", e.getResponse().getHeaderString("Allow")).build();
        }
        return response;
    }

    @ServerExceptionMapper(priority = PRIORITY + 1)
    public Response unexpected(Throwable e, UriInfo uri) {
        return internal(e, uri);
    }

    private static Response internal(Throwable e, UriInfo uri) {
        if (clientWentAway(e)) {
            // nobody is left to read the answer: not a server fault
            LOG.debugf("Client closed the connection on %s", uri.getPath());
            return ProblemResponses.of(ProblemType.BAD_REQUEST.problem("The connection was closed by the client"));
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unhandled error on %s, reference %s", uri.getPath(), reference);
        Problem problem = new Problem(ProblemType.INTERNAL.uri(), ProblemType.INTERNAL.title(), 500,
                "The server could not complete the request; quote the reference when you report it",
                uri.getPath(), null, reference);
        return ProblemResponses.of(problem);
    }

    private static Response respond(Problem problem, UriInfo uri) {
        return ProblemResponses.of(problem.withInstance(uri.getPath()));
    }

    private static boolean clientWentAway(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof io.vertx.core.http.HttpClosedException) {
                return true;
            }
        }
        return false;
    }

    /** The dotted JSON path of the failing value: {@code attendees[3].gender}. */
    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The field a violation is about, without the method and parameter names of the resource. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                names.clear();
                names.add(node.getName());
                continue;
            }
            String name = node.getName();
            if (node.getIndex() != null) {
                int last = names.size() - 1;
                if (last >= 0) {
                    names.set(last, names.get(last) + "[" + node.getIndex() + "]");
                }
            }
            if (name != null && kind != ElementKind.CONTAINER_ELEMENT) {
                names.add(name);
            }
        }
        // a violation inside a parameter is inside the request body: it is reported by its fields only
        if (names.size() > 1) {
            names.remove(0);
        }
        if (names.size() == 1 && isBodyParameter(names.get(0))) {
            return "body";
        }
        return String.join(".", names);
    }

    private static boolean isBodyParameter(String name) {
        return name.equals("body") || name.equals("request") || name.endsWith("Request") || name.equals("command");
    }

    private static String expectation(Class<?> target, Object value) {
        if (target == null) {
            return "has the wrong type";
        }
        if (target.isEnum()) {
            String allowed = Arrays.stream(target.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return (value == null ? "must be one of " : "has the unknown value '" + value + "'; use one of ")
                    + allowed;
        }
        if (target == java.time.LocalDate.class) {
            return "must be a date as yyyy-MM-dd";
        }
        if (target == java.time.LocalTime.class) {
            return "must be a time as HH:mm or HH:mm:ss";
        }
        if (Temporal.class.isAssignableFrom(target)) {
            return "must be a date-time in ISO-8601 with an offset, e.g. 2026-03-05T09:00:00+08:00";
        }
        if (target == UUID.class) {
            return "must be a UUID";
        }
        return "must be " + shapeOf(target);
    }

    private static String shapeOf(Class<?> target) {
        String kind = kindOf(target);
        return switch (kind) {
            case "whole number", "number", "string" -> "a " + kind;
            case "true or false" -> kind;
            default -> "an " + kind;
        };
    }

    /** The JSON kind of value a Java type is read from. */
    private static String kindOf(Class<?> target) {
        if (target == null) {
            return "value of the right type";
        }
        if (target == String.class || target == Character.class || target == char.class) {
            return "string";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class
                || target == Short.class || target == short.class) {
            return "whole number";
        }
        if (Number.class.isAssignableFrom(target) || target == double.class || target == float.class) {
            return "number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "array";
        }
        return "object";
    }

    private static <T extends Throwable> T findCause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
