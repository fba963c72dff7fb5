package org.fazhi.org;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Ends an account's sign-ins everywhere (强制下线): its web sessions on every instance (they live in
 * {@code spring_session}) and its API tokens. Used when an account is disabled, its roles change or its password is
 * reset, so that the change takes effect at once rather than at the next sign-in.
 */
@Service
public class Sessions {

    private final JdbcClient jdbc;

    Sessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs in the caller's transaction: if the change rolls back, the sessions stay. */
    public void endAll(long accountId, String username) {
        jdbc.sql("DELETE FROM spring_session WHERE principal_name = :u").param("u", username).update();
        jdbc.sql("DELETE FROM org_api_token WHERE account_id = :a").param("a", accountId).update();
    }
}
