package org.fazhi.org;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import java.time.Clock;

/** Loads accounts for Spring Security, with lock state evaluated on the injected clock. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final Accounts accounts;
    private final Clock clock;

    AccountDetailsService(Accounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.principal(username, clock.instant())
                .orElseThrow(() -> new UsernameNotFoundException("用户名或密码错误"));
    }
}
