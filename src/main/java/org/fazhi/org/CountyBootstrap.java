package org.fazhi.org;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;

/**
 * First start (首次启动): creates the configured county, its government unit and the {@code admin} account. The admin
 * password comes from {@code FAZHI_ADMIN_PASSWORD}, or is generated and printed once; there is no default password.
 */
@Component
@Order(10)
class CountyBootstrap implements ApplicationRunner {

    static final String ADMIN = "admin";

    private final JdbcClient jdbc;
    private final CountySettings county;
    private final PasswordEncoder encoder;
    private final FirstStartCredentials credentials;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final String adminPassword;

    CountyBootstrap(JdbcClient jdbc, CountySettings county, PasswordEncoder encoder, FirstStartCredentials credentials,
                    TransactionTemplate tx, Clock clock, ApplicationEventPublisher events,
                    @Value("${fazhi.admin-password:}") String adminPassword) {
        this.events = events;
        this.jdbc = jdbc;
        this.county = county;
        this.encoder = encoder;
        this.credentials = credentials;
        this.tx = tx;
        this.clock = clock;
        this.adminPassword = adminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(status -> ensureCounty());
    }

    void ensureCounty() {
        Timestamp now = Timestamp.from(clock.instant());
        String province = county.code().substring(0, 2) + "0000";
        String city = county.code().substring(0, 4) + "00";
        jdbc.sql("INSERT INTO org_region (code, name, level, parent_code) VALUES (:c, :n, 'PROVINCE', NULL) ON CONFLICT DO NOTHING")
                .param("c", province).param("n", county.provinceName()).update();
        jdbc.sql("INSERT INTO org_region (code, name, level, parent_code) VALUES (:c, :n, 'CITY', :p) ON CONFLICT DO NOTHING")
                .param("c", city).param("n", county.cityName()).param("p", province).update();
        jdbc.sql("INSERT INTO org_region (code, name, level, parent_code) VALUES (:c, :n, 'COUNTY', :p) ON CONFLICT DO NOTHING")
                .param("c", county.code()).param("n", county.name()).param("p", city).update();
        Long government = jdbc.sql("SELECT id FROM org_unit WHERE county_code = :c AND parent_id IS NULL ORDER BY id LIMIT 1")
                .param("c", county.code()).query(Long.class).optional().orElse(null);
        if (government == null) {
            government = jdbc.sql("""
                            INSERT INTO org_unit (county_code, parent_id, ancestors, name, short_name, kind, region_code,
                                doc_prefix, is_normdoc_issuer, is_reconsideration_body, sort_order,
                                created_at, created_by, updated_at, updated_by)
                            VALUES (:c, NULL, '/', :n, :s, 'GOVERNMENT', :c, :p, TRUE, TRUE, 0, :t, 'system', :t, 'system')
                            RETURNING id""")
                    .param("c", county.code()).param("n", county.governmentName()).param("s", "县政府")
                    .param("p", county.docPrefix()).param("t", now).query(Long.class).single();
            events.publishEvent(new AccountEvent(county.code(), "system", "org.unit.created", "org_unit",
                    Long.toString(government), "首次启动：建立" + county.governmentName()));
        }
        if (jdbc.sql("SELECT count(*) FROM org_account WHERE username = :u").param("u", ADMIN)
                .query(Integer.class).single() == 0) {
            boolean generated = adminPassword == null || adminPassword.isBlank();
            String password = generated ? Passwords.generate() : adminPassword;
            long id = jdbc.sql("""
                            INSERT INTO org_account (county_code, username, password_hash, display_name, unit_id,
                                password_changed_at, created_at, created_by, updated_at, updated_by)
                            VALUES (:c, :u, :h, '系统管理员', :unit, :t, :t, 'system', :t, 'system') RETURNING id""")
                    .param("c", county.code()).param("u", ADMIN).param("h", encoder.encode(password))
                    .param("unit", government).param("t", now).query(Long.class).single();
            jdbc.sql("INSERT INTO org_account_role (account_id, role_id) SELECT :a, id FROM org_role WHERE code = 'ADMIN'")
                    .param("a", id).update();
            events.publishEvent(new AccountEvent(county.code(), "system", "org.account.created", "org_account",
                    ADMIN, "首次启动：建立系统管理员账号" + (generated ? "（口令随机生成）" : "（口令来自 FAZHI_ADMIN_PASSWORD）")));
            credentials.add(new FirstStartCredentials.Login("系统管理员", ADMIN, county.governmentName(),
                    generated ? password : "（来自 FAZHI_ADMIN_PASSWORD）"));
        }
    }
}
