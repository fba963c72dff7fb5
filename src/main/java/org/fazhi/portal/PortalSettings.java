package org.fazhi.portal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Public portal settings ({@code fazhi.portal.*}).
 *
 * @param requestsPerMinute page requests one client address may make per minute
 * @param submissionsPerHour form submissions (applications) one client address may make per hour
 * @param apiRequestsPerMinute requests to the public JSON API ({@code /api/v1/portal/**}) one client address may make per
 *                          minute (a separate bucket from the pages; load tests raise it)
 * @param trustForwardedFor whether to take the client address from {@code X-Forwarded-For} (only behind a trusted proxy)
 */
@ConfigurationProperties("fazhi.portal")
public record PortalSettings(Integer requestsPerMinute, Integer submissionsPerHour, Boolean trustForwardedFor,
                             Integer apiRequestsPerMinute) {

    public PortalSettings {
        requestsPerMinute = requestsPerMinute == null ? 120 : requestsPerMinute;
        submissionsPerHour = submissionsPerHour == null ? 20 : submissionsPerHour;
        trustForwardedFor = trustForwardedFor != null && trustForwardedFor;
        apiRequestsPerMinute = apiRequestsPerMinute == null ? 120 : apiRequestsPerMinute;
    }
}
