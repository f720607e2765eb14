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
import jakarta.ws.rs.core.HttpHeaders;
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
    private static final Message SEND_A_TOKEN = Message.of("Send a valid bearer token in the Authorization header",
            "请在 Authorization 请求头中提供有效的 Bearer 令牌");
    private static final int PRIORITY = jakarta.ws.rs.Priorities.USER - 100;

    @ServerExceptionMapper(priority = PRIORITY)
    public Response problem(ProblemException e, UriInfo uri, HttpHeaders headers) {
        return respond(e.toProblem(language(headers)), uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        boolean aboutResponse = e.getConstraintViolations().stream().anyMatch(v -> {
            for (Path.Node node : v.getPropertyPath()) {
                if (node.getKind() == ElementKind.RETURN_VALUE) {
                    return true;
                }
            }
            return false;
        });
        if (aboutResponse) {
            return internal(e, uri, headers);
        }
        // Hibernate Validator has written each message in the caller's language already (quarkus.locales)
        Language language = language(headers);
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        String detail = errors.stream().map(err -> err.field() + (language == Language.CHINESE ? "：" : " ")
                + err.message()).collect(Collectors.joining(language == Language.CHINESE ? "；" : "; "));
        return respond(ProblemType.VALIDATION.problem(language, detail, errors), uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response unreadable(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        return respond(unreadableBody(e, language(headers)), uri);
    }

    // The framework maps some of these subtypes itself; naming each one here keeps ours the closest match.

    @ServerExceptionMapper(priority = PRIORITY)
    public Response unreadable(JsonMappingException e, UriInfo uri, HttpHeaders headers) {
        return respond(unreadableBody(e, language(headers)), uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response unreadable(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        return respond(unreadableBody(e, language(headers)), uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response unreadable(JsonParseException e, UriInfo uri, HttpHeaders headers) {
        return respond(unreadableBody(e, language(headers)), uri);
    }

    /** What is wrong with a body Jackson could not read, as precisely as the exception allows. */
    private static Problem unreadableBody(JsonProcessingException e, Language language) {
        if (e instanceof JsonParseException parse) {
            Message where = parse.getLocation() == null ? Message.of("", "")
                    : Message.of(" (line {0}, column {1})", "（第 {0} 行第 {1} 列）", parse.getLocation().getLineNr(),
                            parse.getLocation().getColumnNr());
            return ProblemType.MALFORMED_BODY.problem(language, Message.of(
                    "The request body is not valid JSON{0}: {1}", "请求内容不是有效的 JSON{0}：{1}", where,
                    parse.getOriginalMessage()));
        }
        if (!(e instanceof JsonMappingException mapping)) {
            return ProblemType.MALFORMED_BODY.problem(language, Message.of("The request body cannot be read as JSON",
                    "无法将请求内容读取为 JSON"));
        }
        String field = pathOf(mapping);
        Message message;
        if (e instanceof RejectedText rejected) {
            message = rejected.reason();
        } else if (e instanceof UnrecognizedPropertyException) {
            message = Message.of("is not a known field", "不是可识别的字段");
        } else if (e instanceof InvalidFormatException invalid) {
            message = expectation(invalid.getTargetType(), invalid.getValue());
        } else if (e instanceof MismatchedInputException mismatched) {
            message = field.isEmpty() ? Message.of("must be a JSON {0}", "必须是 JSON {0}",
                    kindOf(mismatched.getTargetType())) : expectation(mismatched.getTargetType(), null);
        } else if (e instanceof ValueInstantiationException && e.getCause() instanceof IllegalArgumentException iae
                && iae.getMessage() != null) {
            message = Message.of(iae.getMessage(), iae.getMessage());
        } else {
            message = Message.of("has a value that cannot be read", "的值无法读取");
        }
        String name = field.isEmpty() ? "body" : field;
        return new ProblemException(ProblemType.VALIDATION, Message.of("{0} {1}", "{0}：{1}", name, message),
                List.of(new ProblemException.FieldIssue(name, message))).toProblem(language);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response unauthenticated(AuthenticationFailedException e, UriInfo uri, HttpHeaders headers) {
        return respond(ProblemType.UNAUTHENTICATED.problem(language(headers), SEND_A_TOKEN), uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response unauthenticated(AuthenticationCompletionException e, UriInfo uri, HttpHeaders headers) {
        return respond(ProblemType.UNAUTHENTICATED.problem(language(headers), SEND_A_TOKEN), uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response unauthenticated(UnauthorizedException e, UriInfo uri, HttpHeaders headers) {
        return respond(ProblemType.UNAUTHENTICATED.problem(language(headers), SEND_A_TOKEN), uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return respond(ProblemType.FORBIDDEN.problem(language(headers), Message.of(
                "Your role in this meeting does not allow this operation", "您在本次会议中的角色无权执行此操作")), uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response staleEntity(OptimisticLockException e, UriInfo uri, HttpHeaders headers) {
        return respond(ProblemType.CONFLICT.problem(language(headers), Message.of(
                "Someone else changed this record at the same time; read it again and retry",
                "有人同时修改了这条记录；请重新读取后再试")), uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response staleEntity(StaleStateException e, UriInfo uri, HttpHeaders headers) {
        return staleEntity(new OptimisticLockException(), uri, headers);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response persistence(PersistenceException e, UriInfo uri, HttpHeaders headers) {
        var violation = findCause(e, org.hibernate.exception.ConstraintViolationException.class);
        if (violation != null) {
            String constraint = violation.getConstraintName() == null ? "" : " (" + violation.getConstraintName() + ")";
            return respond(ProblemType.CONFLICT.problem(language(headers), Message.of(
                    "The change conflicts with data already recorded{0}", "该修改与已记录的数据冲突{0}", constraint)),
                    uri);
        }
        if (findCause(e, OptimisticLockException.class) != null || findCause(e, StaleStateException.class) != null) {
            return staleEntity(new OptimisticLockException(), uri, headers);
        }
        return internal(e, uri, headers);
    }

    /** Seconds a client waits before retrying while the database is out of reach. */
    static final int RETRY_AFTER_SECONDS = 5;

    /**
     * The database is out of reach: 503 with Retry-After. When it went away during the commit, nobody can tell
     * whether the change was recorded: the answer says so, and how to find out safely.
     */
    private static Response databaseUnreachable(Throwable e, UriInfo uri, HttpHeaders headers) {
        Language language = language(headers);
        boolean unknown = DatabaseFailures.duringCommit(e);
        LOG.warnf("The database is out of reach on %s%s: %s", uri.getPath(),
                unknown ? " while committing (outcome unknown)" : "", rootMessage(e));
        Problem problem = unknown
                ? ProblemType.OUTCOME_UNKNOWN.problem(language, Message.of(
                        "The database went away while the change was being saved: it may or may not have been"
                                + " recorded. Send the same request again with the same Idempotency-Key: if it was"
                                + " recorded you get its answer, otherwise it is made now. Without a key, read the"
                                + " record before trying again.",
                        "保存修改时数据库中断：无法确定是否已保存。请用相同的 Idempotency-Key 重发同一请求：若已保存，将返回原结果；"
                                + "否则会重新处理。未使用该键时，请先查询记录再重试。"))
                : ProblemType.UNAVAILABLE.problem(language, Message.of(
                        "The database cannot be reached; nothing was changed. Try again in a few seconds.",
                        "无法连接数据库，未做任何修改。请稍后重试。"));
        return Response.fromResponse(ProblemResponses.of(problem.withInstance(uri.getPath())))
                .header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS)).build();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response web(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        if (e.getCause() instanceof JsonProcessingException jackson) {
            return unreadable(jackson, uri, headers);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return internal(e, uri, headers);
        }
        Language language = language(headers);
        ProblemType type = ProblemType.forStatus(status);
        Message detail = switch (status) {
            case 404 -> Message.of("Nothing exists at {0}", "{0} 不存在", uri.getPath());
            case 405 -> Message.of("This path does not accept that method", "该路径不接受此请求方法");
            case 406 -> Message.of("This resource cannot be returned in the media type asked for in Accept",
                    "无法以 Accept 所要求的格式返回该资源");
            case 415 -> Message.of("Send the body in a media type this operation accepts (application/json unless"
                    + " it says otherwise)", "请以该操作接受的格式发送请求内容（除另有说明外为 application/json）");
            case 413 -> Message.of("The request body is too large", "请求内容过大");
            default -> Message.of(type.title(Language.ENGLISH), type.title(Language.CHINESE));
        };
        Response response = respond(type.problem(language, detail), uri);
        if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            return Response.fromResponse(response).header("Allow", e.getResponse().getHeaderString("Allow")).build();
        }
        return response;
    }

    @ServerExceptionMapper(priority = PRIORITY + 1)
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        return internal(e, uri, headers);
    }

    private static Response internal(Throwable e, UriInfo uri, HttpHeaders headers) {
        if (DatabaseFailures.unreachable(e)) {
            return databaseUnreachable(e, uri, headers);
        }
        Language language = language(headers);
        if (clientWentAway(e)) {
            // nobody is left to read the answer: not a server fault
            LOG.debugf("Client closed the connection on %s", uri.getPath());
            return ProblemResponses.of(ProblemType.BAD_REQUEST.problem(language, Message.of(
                    "The connection was closed by the client", "客户端已关闭连接")));
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unhandled error on %s, reference %s", uri.getPath(), reference);
        Problem problem = new Problem(ProblemType.INTERNAL.uri(), ProblemType.INTERNAL.title(language), 500,
                Message.of("The server could not complete the request; quote the reference when you report it",
                        "服务器未能完成该请求；报告问题时请提供参考编号").in(language),
                uri.getPath(), null, reference);
        return ProblemResponses.of(problem);
    }

    /** The language the caller reads: from Accept-Language. */
    static Language language(HttpHeaders headers) {
        return headers == null ? Language.ENGLISH : Language.of(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
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

    private static Message expectation(Class<?> target, Object value) {
        if (target == null) {
            return Message.of("has the wrong type", "的类型不对");
        }
        if (target.isEnum()) {
            String allowed = Arrays.stream(target.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return value == null ? Message.of("must be one of {0}", "必须是 {0} 之一", allowed)
                    : Message.of("has the unknown value '{0}'; use one of {1}", "的值“{0}”无法识别；请使用 {1} 之一",
                            value, allowed);
        }
        if (target == java.time.LocalDate.class) {
            return Message.of("must be a date as yyyy-MM-dd", "必须是 yyyy-MM-dd 格式的日期");
        }
        if (target == java.time.LocalTime.class) {
            return Message.of("must be a time as HH:mm or HH:mm:ss", "必须是 HH:mm 或 HH:mm:ss 格式的时间");
        }
        if (Temporal.class.isAssignableFrom(target)) {
            return Message.of("must be a date-time in ISO-8601 with an offset, e.g. 2026-03-05T09:00:00+08:00",
                    "必须是带时区偏移的 ISO-8601 时间，如 2026-03-05T09:00:00+08:00");
        }
        if (target == UUID.class) {
            return Message.of("must be a UUID", "必须是 UUID");
        }
        return Message.of("must be {0}", "必须是{0}", shapeOf(target));
    }

    private static Message shapeOf(Class<?> target) {
        Message kind = kindOf(target);
        String english = kind.in(Language.ENGLISH);
        return switch (english) {
            case "whole number", "number", "string" -> Message.of("a {0}", "{0}", kind);
            case "true or false" -> kind;
            default -> Message.of("an {0}", "{0}", kind);
        };
    }

    /** The JSON kind of value a Java type is read from. */
    private static Message kindOf(Class<?> target) {
        if (target == null) {
            return Message.of("value of the right type", "正确类型的值");
        }
        if (target == String.class || target == Character.class || target == char.class) {
            return Message.of("string", "字符串");
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class
                || target == Short.class || target == short.class) {
            return Message.of("whole number", "整数");
        }
        if (Number.class.isAssignableFrom(target) || target == double.class || target == float.class) {
            return Message.of("number", "数字");
        }
        if (target == Boolean.class || target == boolean.class) {
            return Message.of("true or false", "true 或 false");
        }
        if (java.util.Collection.class.isAssignableFrom(target) || target.isArray()) {
            return Message.of("array", "数组");
        }
        return Message.of("object", "对象");
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
