package org.gatewayusers.rest.ontap.access;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class DelayedLoginRefusalsTest {

    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final FilterChain chain = mock(FilterChain.class);
    private final AsyncContext suspended = mock(AsyncContext.class);
    private final DelayedLoginRefusals filter = new DelayedLoginRefusals();

    @BeforeEach
    void a_filter_with_a_two_second_delay() {
        filter.delay = new FailedLoginAnswerDelay(Duration.ofSeconds(2));
        filter.scheduler = mock(ManagedScheduledExecutorService.class);
        when(request.isAsyncSupported()).thenReturn(true);
        when(request.startAsync(request, response)).thenReturn(suspended);
    }

    @Test
    void a_request_whose_credentials_were_not_refused_goes_on_at_once() throws Exception {
        when(request.getDispatcherType()).thenReturn(DispatcherType.REQUEST);

        filter.doFilter(request, response, chain);

        verify(chain).doFilter(request, response);
        verify(request, never()).startAsync(any(), any());
    }

    @Test
    void refused_credentials_suspend_the_request_and_dispatch_it_again_after_the_delay() throws Exception {
        when(request.getDispatcherType()).thenReturn(DispatcherType.REQUEST);
        when(request.getAttribute(DelayedLoginRefusals.REFUSED)).thenReturn(Boolean.TRUE);

        filter.doFilter(request, response, chain);

        verify(chain, never()).doFilter(any(), any());
        ArgumentCaptor<Runnable> later = ArgumentCaptor.forClass(Runnable.class);
        verify(filter.scheduler).schedule(later.capture(), eq(2000L), eq(TimeUnit.MILLISECONDS));
        verify(suspended, never()).dispatch();
        later.getValue().run();
        verify(suspended).dispatch();
    }

    @Test
    void the_second_pass_of_a_refused_request_goes_on_to_its_401() throws Exception {
        when(request.getDispatcherType()).thenReturn(DispatcherType.ASYNC);
        when(request.getAttribute(DelayedLoginRefusals.REFUSED)).thenReturn(Boolean.TRUE);

        filter.doFilter(request, response, chain);

        verify(chain).doFilter(request, response);
    }

    @Test
    void a_delay_of_zero_answers_a_refusal_at_once() throws Exception {
        filter.delay = new FailedLoginAnswerDelay(Duration.ZERO);
        when(request.getDispatcherType()).thenReturn(DispatcherType.REQUEST);
        when(request.getAttribute(DelayedLoginRefusals.REFUSED)).thenReturn(Boolean.TRUE);

        filter.doFilter(request, response, chain);

        verify(chain).doFilter(request, response);
        verify(filter.scheduler, never()).schedule(any(Runnable.class), anyLong(), any());
    }
}
