package org.fazhi.org;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * Counts failed logins and locks an account after {@link OrgSettings#maxFailedLogins()} consecutive failures
 * (登录失败锁定, 等保2.0 身份鉴别 practice); every login, failure, lock and logout becomes an audit event.
 */
@Component
class LoginAttempts {

    private static final String PLATFORM = "000000";

    private final Accounts accounts;
    private final OrgSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LoginAttempts(Accounts accounts, OrgSettings settings, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal
                && !(event.getAuthentication() instanceof ApiTokenAuthentication)) {
            accounts.recordSuccess(principal.getUsername(), clock.instant());
            events.publishEvent(AccountEvent.loginSucceeded(principal.user().countyCode(), principal.getUsername()));
        }
    }

    @EventListener
    @Transactional
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        String county = accounts.countyOf(username).orElse(PLATFORM);
        if (event instanceof AuthenticationFailureLockedEvent) {
            events.publishEvent(AccountEvent.loginFailed(county, username, "账号已锁定"));
            return;
        }
        if (!(event instanceof AuthenticationFailureBadCredentialsEvent)) {
            events.publishEvent(AccountEvent.loginFailed(county, username, event.getException().getMessage()));
            return;
        }
        int failures = accounts.recordFailure(username);
        events.publishEvent(AccountEvent.loginFailed(county, username, "用户名或密码错误"));
        if (failures >= settings.maxFailedLogins()) {
            accounts.lock(username, clock.instant().plus(settings.lockDuration()));
            events.publishEvent(AccountEvent.locked(county, username, failures));
        }
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            events.publishEvent(AccountEvent.logout(principal.user().countyCode(), principal.getUsername()));
        }
    }
}
