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
    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Test
    void firstStartCreatesCountyGovernmentAndAdmin() {
        assertThat(jdbc.sql("SELECT name FROM org_unit WHERE parent_id IS NULL AND county_code = '990121'")
                .query(String.class).single()).isEqualTo("示范县人民政府");
        assertThat(jdbc.sql("SELECT count(*) FROM org_account a JOIN org_account_role ar ON ar.account_id = a.id "
                + "JOIN org_role r ON r.id = ar.role_id WHERE a.username = 'admin' AND r.code = 'ADMIN'")
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void firstStartIsAudited() {
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE county_code = '990121' AND actor IN ('system', 'demo') "
                        + "ORDER BY seq").query(String.class).list())
                .startsWith("org.unit.created", "org.account.created", "org.demo.loaded");
    }

    @Test
    void loadingTheBundledHolidayDataIsAudited() {
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE county_code = '000000' AND actor = 'system' "
                + "AND action = 'calendar.holiday.notice-entered'").query(Integer.class).single())
                .as("2019–2027 bundled, one entry per year").isGreaterThanOrEqualTo(9);
    }

    @Test
    void healthEndpointIsPublicForLoadBalancers() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/actuator/health"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.status")
                        .value("UP"));
    }

    @Test
    void runsOnPostgres() {
        assertThat(jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL");
    }
}
