package org.gatewayusers.rest.operations;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.gatewayusers.rest.edge.Dialect;

/**
 * Gives every request its id as it enters the application, before authentication: the RPC {@code RequestId} (upper
 * case, as Alibaba Cloud writes it) or ONTAP's {@code X-Request-Id}. The dialects answer it, the access log writes it,
 * and every line the server logs on the request's thread while serving it carries it: on Open Liberty as the field
 * {@code ext_requestId} of its JSON log lines ({@code LogRecordContext}, Liberty's API for fields of the thread's
 * log records); the application's own lines also name it in their text, so a plain log has it too.
 *
 * <p>Liberty's API is found reflectively: on another Jakarta EE server (WildFly) this class links to nothing it lacks
 * and the ids are answered and written in the text alone.
 */
@WebListener
public class RequestIds implements ServletRequestListener {

    /** The name of the field; Liberty's JSON lines write it as {@code ext_requestId}. */
    static final String LOG_FIELD = "requestId";
    private static final String ATTRIBUTE = RequestIds.class.getName();
    private static final Optional<LogFields> LOG_FIELDS = LogFields.ofLiberty();

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        String id = of(event.getServletRequest());
        LOG_FIELDS.ifPresent(fields -> fields.add(LOG_FIELD, id));
    }

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        LOG_FIELDS.ifPresent(fields -> fields.remove(LOG_FIELD));
    }

    /** The request's id, made on first asking: upper case for the RPC root, lower case for ONTAP's paths. */
    public static String of(ServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof String id) {
            return id;
        }
        String id = UUID.randomUUID().toString();
        if (request instanceof HttpServletRequest http
                && Dialect.of(http) == Dialect.RPC) {
            id = id.toUpperCase(Locale.ROOT);
        }
        request.setAttribute(ATTRIBUTE, id);
        return id;
    }

    /** Fields of every log record the current thread writes: Liberty's {@code LogRecordContext} extensions. */
    private record LogFields(MethodHandle add, MethodHandle remove) {

        static Optional<LogFields> ofLiberty() {
            try {
                Class<?> context = Class.forName("com.ibm.websphere.logging.hpel.LogRecordContext", true,
                        RequestIds.class.getClassLoader());
                MethodHandles.Lookup lookup = MethodHandles.publicLookup();
                return Optional.of(new LogFields(
                        lookup.findStatic(context, "addExtension", MethodType.methodType(void.class, String.class, String.class)),
                        lookup.findStatic(context, "removeExtension", MethodType.methodType(boolean.class, String.class))));
            } catch (ReflectiveOperationException | LinkageError notLiberty) {
                return Optional.empty();
            }
        }

        void add(String name, String value) {
            try {
                add.invoke(name, value);
            } catch (Throwable unexpected) {
                throw new IllegalStateException("LogRecordContext.addExtension", unexpected);
            }
        }

        void remove(String name) {
            try {
                remove.invoke(name);
            } catch (Throwable unexpected) {
                throw new IllegalStateException("LogRecordContext.removeExtension", unexpected);
            }
        }
    }
}
