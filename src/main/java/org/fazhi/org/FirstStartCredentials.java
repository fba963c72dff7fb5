package org.fazhi.org;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Credentials created during this start (首次启动生成的口令), printed once in the start-up banner and then forgotten.
 * Nothing here is ever written to disk or to the log file.
 */
@Component
public class FirstStartCredentials {

    private final List<Login> logins = Collections.synchronizedList(new ArrayList<>());

    /** One account to show: who it is for, the username and (when generated now) the password. */
    public record Login(String role, String username, String unit, String password) {
    }

    public void add(Login login) {
        logins.add(login);
    }

    /** Returns and forgets what was recorded. */
    public List<Login> drain() {
        synchronized (logins) {
            List<Login> copy = List.copyOf(logins);
            logins.clear();
            return copy;
        }
    }
}
