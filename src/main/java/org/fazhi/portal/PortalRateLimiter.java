package org.fazhi.portal;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Limits how fast one client address may use the public portal (限流), DESIGN §6: token buckets per address, a
 * wider one for pages, one of its own for the public JSON API ({@code /api/v1/portal/**}, answered with a
 * ProblemDetail) and a narrow one for submissions. Buckets live in this instance's memory (bounded LRU): behind
 * a load balancer each instance limits independently, which bounds the total at instances × limit; a shared store
 * would cost a database write per public request.
 */
@Component
class PortalRateLimiter extends OncePerRequestFilter {

    private static final int MAX_CLIENTS = 20_000;

    private final PortalSettings settings;
    private final Map<String, Bucket> pages = lru();
    private final Map<String, Bucket> submissions = lru();
    private final Map<String, Bucket> api = lru();

    PortalRateLimiter(PortalSettings settings) {
        this.settings = settings;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return !uri.startsWith(context + "/portal") && !uri.startsWith(context + "/api/v1/portal/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = clientAddress(request);
        boolean submission = HttpMethod.POST.matches(request.getMethod());
        boolean json = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        Bucket bucket = submission
                ? bucket(submissions, client, settings.submissionsPerHour(), Duration.ofHours(1))
                : json ? bucket(api, client, settings.apiRequestsPerMinute(), Duration.ofMinutes(1))
                : bucket(pages, client, settings.requestsPerMinute(), Duration.ofMinutes(1));
        if (bucket.tryConsume(1)) {
            chain.doFilter(request, response);
            return;
        }
        String message = submission ? "提交过于频繁，请一小时后再试。" : "访问过于频繁，请稍后再试。";
        response.setStatus(429);
        response.setHeader("Retry-After", submission ? "3600" : "60");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (json) {
            // the API's errors are ProblemDetails (RFC 9457) everywhere else too
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                    + "\"detail\":\"" + message + "\"}");
            return;
        }
        response.setContentType(MediaType.TEXT_PLAIN_VALUE);
        response.getWriter().write(message);
    }

    private String clientAddress(HttpServletRequest request) {
        if (settings.trustForwardedFor()) {
            String forwarded = request.getHeader("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                return forwarded.split(",")[0].trim();
            }
        }
        return request.getRemoteAddr();
    }

    private static Bucket bucket(Map<String, Bucket> buckets, String client, int capacity, Duration period) {
        synchronized (buckets) {
            return buckets.computeIfAbsent(client, c -> Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(capacity).refillIntervally(capacity, period).build())
                    .build());
        }
    }

    private static Map<String, Bucket> lru() {
        return new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > MAX_CLIENTS;
            }
        };
    }
}
