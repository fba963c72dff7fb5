package org.fazhi.org;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Organisation and access settings ({@code fazhi.org.*}).
 *
 * @param maxFailedLogins consecutive failures before an account is locked (等保 practice: 5)
 * @param lockDuration    how long a locked account stays locked
 * @param tokenLifetime   lifetime of an API token from {@code POST /api/v1/auth/token}
 */
@ConfigurationProperties("fazhi.org")
public record OrgSettings(Integer maxFailedLogins, Duration lockDuration, Duration tokenLifetime) {

    public OrgSettings {
        maxFailedLogins = maxFailedLogins == null ? 5 : maxFailedLogins;
        lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
        tokenLifetime = tokenLifetime == null ? Duration.ofHours(8) : tokenLifetime;
    }
}
