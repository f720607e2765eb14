package io.huiwu.chassis.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A request without a body (a bare {@code POST .../submit}) is read as an empty JSON body when it has no
 * Content-Type or the {@code text/plain} some HTTP clients put on an empty body, so that actions whose body is
 * optional do not answer 415 to a client that sends nothing.
 */
public class EmptyBodies {

    @ServerRequestFilter(preMatching = true)
    public void treatAsJson(ContainerRequestContext request) {
        String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (request.getHeaderString("Transfer-Encoding") != null
                || (type != null && !type.toLowerCase().startsWith("text/plain"))) {
            return;
        }
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null || length.equals("0")) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }
}
