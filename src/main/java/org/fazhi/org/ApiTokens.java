package org.fazhi.org;

import org.fazhi.shared.BusinessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Issues and checks API tokens (接口令牌). Only the SHA-256 of a token is stored, so a database dump yields no usable
 * token; tokens expire after {@link OrgSettings#tokenLifetime()}.
 */
@Service
public class ApiTokens {

    private final AuthenticationManager authentication;
    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final OrgSettings settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(AuthenticationManager authentication, JdbcClient jdbc, Accounts accounts, OrgSettings settings,
              Clock clock) {
        this.authentication = authentication;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.settings = settings;
        this.clock = clock;
    }

    /** A freshly issued token and when it expires. */
    public record IssuedToken(String token, Instant expiresAt) {
    }

    /**
     * Not one transaction: a failed attempt must stay counted towards lockout and stay in the audit trail even though
     * the request is refused ({@link LoginAttempts} records it in its own transaction); the token row is one insert.
     */
    public IssuedToken issue(String username, String password) {
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            throw BusinessException.invalid("请提供用户名和密码");
        }
        AccountPrincipal principal;
        try {
            principal = (AccountPrincipal) authentication
                    .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password))
                    .getPrincipal();
        } catch (AuthenticationException e) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, LoginMessages.of(e));
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expires = now.plus(settings.tokenLifetime());
        jdbc.sql("""
                        INSERT INTO org_api_token (token_hash, account_id, issued_at, expires_at)
                        VALUES (:h, :a, :i, :e)""")
                .param("h", sha256(token)).param("a", principal.user().accountId())
                .param("i", Timestamp.from(now)).param("e", Timestamp.from(expires)).update();
        return new IssuedToken(token, expires);
    }

    Optional<AccountPrincipal> resolve(String token) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        SELECT a.username FROM org_api_token t JOIN org_account a ON a.id = t.account_id
                        WHERE t.token_hash = :h AND t.expires_at > :now AND a.is_enabled""")
                .param("h", sha256(token)).param("now", Timestamp.from(now))
                .query(String.class).optional()
                .flatMap(username -> accounts.principal(username, now))
                .filter(AccountPrincipal::isAccountNonLocked);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
