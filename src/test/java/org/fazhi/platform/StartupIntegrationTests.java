package org.fazhi.platform;

import org.fazhi.FazhiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@FazhiIntegrationTest
class StartupIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void firstStartCreatesCountyGovernmentAndAdmin() {
        assertThat(jdbc.sql("SELECT name FROM org_unit WHERE parent_id IS NULL AND county_code = '990121'")
                .query(String.class).single()).isEqualTo("示范县人民政府");
        assertThat(jdbc.sql("SELECT count(*) FROM org_account a JOIN org_account_role ar ON ar.account_id = a.id "
                + "JOIN org_role r ON r.id = ar.role_id WHERE a.username = 'admin' AND r.code = 'ADMIN'")
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void runsOnPostgres() {
        assertThat(jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL");
    }
}
