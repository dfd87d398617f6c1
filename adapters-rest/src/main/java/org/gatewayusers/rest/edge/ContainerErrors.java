package org.gatewayusers.rest.edge;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import org.gatewayusers.rest.ontap.errors.OntapErrorCatalog;
import org.gatewayusers.rest.operations.RequestIds;
import org.gatewayusers.rest.pop.PopError;
import org.gatewayusers.rest.pop.PopErrors;
import org.gatewayusers.rest.pop.PopFormat;
import org.gatewayusers.rest.pop.PopResponse;

/**
 * The error page of what the servlet container refuses before the application sees it (a path with an encoded NUL
 * or bytes that are not UTF-8, which no JAX-RS resource can match): the same status, in the dialect's own body,
 * ONTAP's, or the RPC {@code <Error>} at the root ({@link Dialect}; in XML, the RPC default: the request was not read).
 * {@code WEB-INF/web.xml} sends the container's 4xx and 5xx here.
 */
@WebServlet(ContainerErrors.PATH)
public class ContainerErrors extends HttpServlet {

    static final String PATH = "/gateway-users-container-error";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 400;
        String uri = Objects.toString(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), "");
        String path = uri.startsWith(request.getContextPath()) ? uri.substring(request.getContextPath().length()) : uri;
        response.resetBuffer();
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        EdgeRefusal refusal = EdgeRefusal.ofContainerStatus(status);
        switch (Dialect.ofPath(path)) {
            case ONTAP -> {
                response.setContentType("application/json");
                response.getWriter().write(OntapErrorCatalog.of(refusal).body(null));
            }
            case RPC -> {
                PopError error = PopErrors.of(refusal);
                PopResponse body = PopResponse.body()
                        .with("RequestId", RequestIds.of(request).toUpperCase(Locale.ROOT))
                        .with("HostId", Objects.toString(request.getServerName(), "localhost"))
                        .with("Code", error.code())
                        .with("Message", error.message())
                        .with("Recommend", "Check the request against the API reference of the action.");
                response.setContentType(PopFormat.XML.mediaType());
                response.getWriter().write(PopFormat.XML.render("Error", body));
            }
        }
    }
}
