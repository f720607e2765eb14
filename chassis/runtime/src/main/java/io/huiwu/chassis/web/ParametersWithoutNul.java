package io.huiwu.chassis.web;

import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.problem.StrictJson;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;

/**
 * A query parameter or path holding the NUL character (U+0000, sent as {@code %00}) is refused with a 400 naming
 * it, before any resource sees it: PostgreSQL cannot store it, and no meeting has a use for it. Request bodies are
 * checked where JSON is read ({@code StrictJson}).
 */
public class ParametersWithoutNul {

    @ServerRequestFilter(preMatching = true)
    public void refuseNul(ContainerRequestContext request) {
        if (request.getUriInfo().getPath().indexOf('\u0000') >= 0) {
            throw ProblemException.invalidField("path", StrictJson.NUL);
        }
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            if (parameter.getKey().indexOf('\u0000') >= 0
                    || parameter.getValue().stream().anyMatch(value -> value.indexOf('\u0000') >= 0)) {
                throw ProblemException.invalidField(parameter.getKey().replace("\u0000", ""),
                        StrictJson.NUL);
            }
        }
    }
}
