package org.gatewayusers.rest.ontap.access;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * A request whose Basic credentials were refused is answered (ONTAP's 401, by {@link OntapRoles}) only after
 * {@code ONTAP_FAILED_LOGIN_DELAY}, and without holding a thread meanwhile: the request is suspended and dispatched
 * again when the delay is over. A client that guesses one password after another thus guesses at most once per
 * delay, so a flood of wrong passwords costs the server little, while verified credentials are never delayed.
 *
 * <p>{@link OntapBasicAuthentication} marks the refused request, which runs before any filter; on the second pass
 * it sees the mark and does not check the password again.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ASYNC})
public class DelayedLoginRefusals extends HttpFilter {

    /** The request attribute that marks refused credentials; its value is irrelevant. */
    static final String REFUSED = DelayedLoginRefusals.class.getName() + ".refused";

    @Inject
    FailedLoginAnswerDelay delay;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    static void markRefused(HttpServletRequest request) {
        request.setAttribute(REFUSED, Boolean.TRUE);
    }

    static boolean isMarkedRefused(HttpServletRequest request) {
        return request.getAttribute(REFUSED) != null;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() != DispatcherType.REQUEST || !isMarkedRefused(request)
                || delay.value().isZero() || !request.isAsyncSupported()) {
            chain.doFilter(request, response);
            return;
        }
        AsyncContext suspended = request.startAsync(request, response);
        suspended.setTimeout(delay.value().toMillis() + 30_000);
        Runnable answer = suspended::dispatch;
        try {
            scheduler.schedule(answer, delay.value().toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            suspended.dispatch();
        }
    }
}
