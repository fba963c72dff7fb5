package org.fazhi.platform;

import org.fazhi.FazhiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sign-in, lockout, API tokens, Chinese errors and security headers of the shell. */
@FazhiIntegrationTest
class WebShellIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    private String newClerk(String password) {
        String username = "t-" + UUID.randomUUID().toString().substring(0, 8);
        long unit = jdbc.sql("SELECT id FROM org_unit WHERE county_code = '990121' AND parent_id IS NULL")
                .query(Long.class).single();
        long id = jdbc.sql("""
                        INSERT INTO org_account (county_code, username, password_hash, display_name, unit_id,
                            created_at, created_by, updated_at, updated_by)
                        VALUES ('990121', :u, :h, '测试经办人', :unit, now(), 'test', now(), 'test') RETURNING id""")
                .param("u", username).param("h", encoder.encode(password)).param("unit", unit)
                .query(Long.class).single();
        jdbc.sql("INSERT INTO org_account_role (account_id, role_id) SELECT :a, id FROM org_role WHERE code = 'CLERK'")
                .param("a", id).update();
        return username;
    }

    @Test
    void pagesRequireLogin() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void anEndedSessionLeadsToTheLoginPageWithAnExplanation() throws Exception {
        mvc.perform(get("/").cookie(new jakarta.servlet.http.Cookie("SESSION", "ZW5kZWQtc2Vzc2lvbg")))
                .andExpect(redirectedUrl("/login?expired"));
        mvc.perform(get("/login?expired")).andExpect(content().string(containsString("登录已超时，请重新登录")));
    }

    @Test
    void locksAccountAfterFiveFailures() throws Exception {
        String username = newClerk("Right-Pw-123");
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user(username).password("wrong"))
                    .andExpect(redirectedUrl("/login?error=bad"));
        }
        mvc.perform(formLogin().user(username).password("Right-Pw-123"))
                .andExpect(redirectedUrl("/login?error=locked"));
        assertThat(jdbc.sql("SELECT locked_until IS NOT NULL FROM org_account WHERE username = :u")
                .param("u", username).query(Boolean.class).single()).isTrue();
    }

    @Test
    void failedTokenRequestsCountTowardsLockoutAndAreAudited() throws Exception {
        String username = newClerk("Right-Pw-123");
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/api/v1/auth/token").contentType("application/json")
                            .content("{\"username\":\"" + username + "\",\"password\":\"guess-" + i + "\"}"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/v1/auth/token").contentType("application/json")
                        .content("{\"username\":\"" + username + "\",\"password\":\"Right-Pw-123\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("锁定")));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE actor = :u AND action = 'org.account.login-failed'")
                .param("u", username).query(Integer.class).single()).isGreaterThanOrEqualTo(5);
    }

    @Test
    @org.springframework.security.test.context.support.WithUserDetails("admin")
    void hugeNumbersAreRefusedInChinese() throws Exception {
        mvc.perform(get("/api/v1/calendar/deadline").param("start", "2025-03-03").param("amount", "5")
                        .param("unit", "WORKING_DAYS").param("extension", "2147483640"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("不能超过")));
        mvc.perform(get("/api/v1/org/units").param("page", "200000000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("页码不能超过")));
    }

    @Autowired
    org.fazhi.org.access.AccountManagement management;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService userDetails;

    @Test
    void disablingAnAccountEndsItsSessionsAndTokensAtOnce() throws Exception {
        String username = newClerk("Right-Pw-123");
        mvc.perform(formLogin().user(username).password("Right-Pw-123")).andExpect(redirectedUrl("/"));
        String token = tokenFor(username);
        long id = jdbc.sql("SELECT id FROM org_account WHERE username = :u").param("u", username)
                .query(Long.class).single();
        var admin = ((org.fazhi.org.AccountPrincipal) userDetails.loadUserByUsername("admin")).user();
        management.setEnabled(id, false, admin);
        assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = :u")
                .param("u", username).query(Integer.class).single()).isZero();
        mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void successfulLoginResetsFailures() throws Exception {
        String username = newClerk("Right-Pw-123");
        mvc.perform(formLogin().user(username).password("wrong")).andExpect(redirectedUrl("/login?error=bad"));
        mvc.perform(formLogin().user(username).password("Right-Pw-123")).andExpect(redirectedUrl("/"));
        assertThat(jdbc.sql("SELECT failed_attempts FROM org_account WHERE username = :u")
                .param("u", username).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = :u")
                .param("u", username).query(Integer.class).single())
                .as("sessions live in the database, shared by every instance").isEqualTo(1);
        assertThat(jdbc.sql("SELECT max_inactive_interval FROM spring_session WHERE principal_name = :u")
                .param("u", username).query(Integer.class).single())
                .as("idle sessions end after the configured timeout (30 minutes)").isEqualTo(1800);
    }

    @Test
    void issuesApiTokenAndAcceptsIt() throws Exception {
        String username = newClerk("Right-Pw-123");
        MvcResult result = mvc.perform(post("/api/v1/auth/token").contentType("application/json")
                        .content("{\"username\":\"" + username + "\",\"password\":\"Right-Pw-123\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.token").isString())
                .andExpect(jsonPath("$.expiresAt").isString())
                .andReturn();
        String token = com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.token");
        mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.scope").value("OWN_UNIT"));
        assertThat(jdbc.sql("SELECT count(*) FROM org_api_token WHERE token_hash = :h")
                .param("h", token).query(Integer.class).single()).as("only the hash is stored").isZero();
    }

    private String tokenFor(String username) throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/auth/token").contentType("application/json")
                        .content("{\"username\":\"" + username + "\",\"password\":\"Right-Pw-123\"}"))
                .andExpect(status().isOk()).andReturn();
        return com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.token");
    }

    @Test
    void refusesExpiredTokensAndTokensOfDisabledAccounts() throws Exception {
        String expiring = newClerk("Right-Pw-123");
        String token = tokenFor(expiring);
        jdbc.sql("UPDATE org_api_token SET expires_at = now() - interval '1 minute' WHERE account_id = "
                + "(SELECT id FROM org_account WHERE username = :u)").param("u", expiring).update();
        mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());

        String disabled = newClerk("Right-Pw-123");
        String other = tokenFor(disabled);
        jdbc.sql("UPDATE org_account SET is_enabled = FALSE WHERE username = :u").param("u", disabled).update();
        mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer " + other))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void rejectsBadCredentialsAndForgedTokensInChinese() throws Exception {
        mvc.perform(post("/api/v1/auth/token").contentType("application/json")
                        .content("{\"username\":\"admin\",\"password\":\"nope\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("用户名或密码错误"));
        mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer forged-token"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(containsString("令牌")));
        mvc.perform(post("/api/v1/auth/token").contentType("application/json").content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("JSON")));
    }

    @Test
    @org.springframework.security.test.context.support.WithUserDetails("admin")
    void listsHaveAHardPageSizeLimit() throws Exception {
        mvc.perform(get("/api/v1/org/units").param("size", "200")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/org/units").param("size", "201"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("每页条数必须在 1 到 200 之间"));
        mvc.perform(get("/api/v1/org/units").param("page", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("页码必须从 1 开始"));
    }

    @Test
    void sendsStrictSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void loginPageIsChinese() throws Exception {
        mvc.perform(get("/login?error=locked"))
                .andExpect(content().string(containsString("账号因连续登录失败已被锁定")));
    }
}
