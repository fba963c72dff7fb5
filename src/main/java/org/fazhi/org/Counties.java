package org.fazhi.org;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;

/**
 * Establishes a county (县区建档): its region rows (省、市、县), its government unit at the root of its unit tree, and
 * its first administrator. The county of this deployment is established on first start; a province deployment adds
 * the others with {@code add-county}. Idempotent: what exists is left as it is.
 */
@Service
public class Counties {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final FirstStartCredentials credentials;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Counties(JdbcClient jdbc, PasswordEncoder encoder, FirstStartCredentials credentials,
             ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.credentials = credentials;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param county        the county's code, names and 代字
     * @param adminUsername the administrator's username (created with role ADMIN unless it exists)
     * @param adminPassword the administrator's password; blank = generate one and show it once
     * @return the id of the county government unit
     */
    @Transactional
    public long establish(CountySettings county, String adminUsername, String adminPassword) {
        Timestamp now = Timestamp.from(clock.instant());
        String province = county.code().substring(0, 2) + "0000";
        String city = county.code().substring(0, 4) + "00";
        region(province, county.provinceName(), "PROVINCE", null);
        region(city, county.cityName(), "CITY", province);
        region(county.code(), county.name(), "COUNTY", city);
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
                    Long.toString(government), "建立县区：" + county.governmentName()));
        }
        if (jdbc.sql("SELECT count(*) FROM org_account WHERE username = :u").param("u", adminUsername)
                .query(Integer.class).single() == 0) {
            boolean generated = adminPassword == null || adminPassword.isBlank();
            String password = generated ? Passwords.generate() : adminPassword;
            long id = jdbc.sql("""
                            INSERT INTO org_account (county_code, username, password_hash, display_name, unit_id,
                                password_changed_at, created_at, created_by, updated_at, updated_by)
                            VALUES (:c, :u, :h, '系统管理员', :unit, :t, :t, 'system', :t, 'system') RETURNING id""")
                    .param("c", county.code()).param("u", adminUsername).param("h", encoder.encode(password))
                    .param("unit", government).param("t", now).query(Long.class).single();
            jdbc.sql("INSERT INTO org_account_role (account_id, role_id) SELECT :a, id FROM org_role WHERE code = 'ADMIN'")
                    .param("a", id).update();
            events.publishEvent(new AccountEvent(county.code(), "system", "org.account.created", "org_account",
                    adminUsername, "建立系统管理员账号" + (generated ? "（口令随机生成）" : "（口令由部署配置提供）")));
            credentials.add(new FirstStartCredentials.Login("系统管理员", adminUsername, county.governmentName(),
                    generated ? password : "（来自 FAZHI_ADMIN_PASSWORD）"));
        }
        return government;
    }

    private void region(String code, String name, String level, String parent) {
        jdbc.sql("""
                        INSERT INTO org_region (code, name, level, parent_code) VALUES (:c, :n, :l, :p)
                        ON CONFLICT DO NOTHING""")
                .param("c", code).param("n", name).param("l", level).param("p", parent).update();
    }
}
