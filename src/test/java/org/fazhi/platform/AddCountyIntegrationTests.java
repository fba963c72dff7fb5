package org.fazhi.platform;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.shared.OneOffJob;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.fazhi.org.FirstStartCredentials;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A province deployment adds counties with {@code add-county}; each county's administrator sees only its county. */
@FazhiIntegrationTest
class AddCountyIntegrationTests {

    @Autowired
    List<OneOffJob> jobs;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    FirstStartCredentials credentials;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService userDetails;

    private OneOffJob addCounty() {
        return jobs.stream().filter(j -> j.name().equals("add-county")).findFirst().orElseThrow();
    }

    private String run(List<String> args, int expectedExit) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(addCounty().run(args)).isEqualTo(expectedExit);
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void establishesAnotherCountyWithItsOwnAdministrator() throws Exception {
        String output = run(List.of("990122", "示例县"), 0);
        assertThat(output).contains("已建立县区 示例县（990122）");
        assertThat(jdbc.sql("SELECT name FROM org_unit WHERE county_code = '990122' AND parent_id IS NULL")
                .query(String.class).single()).isEqualTo("示例县人民政府");
        assertThat(jdbc.sql("SELECT county_code FROM org_account WHERE username = 'admin990122'")
                .query(String.class).single()).isEqualTo("990122");
        assertThat(run(List.of("990122", "示例县"), 0)).as("idempotent").contains("已建立县区");
        assertThat(jdbc.sql("SELECT count(*) FROM org_unit WHERE county_code = '990122'").query(Integer.class).single())
                .isEqualTo(1);
        String password = credentials.drain().stream().filter(l -> l.username().equals("admin990122"))
                .findFirst().orElseThrow().password();
        String body = mvc.perform(post("/api/v1/auth/token").contentType("application/json")
                        .content("{\"username\":\"admin990122\",\"password\":\"" + password + "\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String token = com.jayway.jsonpath.JsonPath.read(body, "$.token");
        mvc.perform(get("/api/v1/org/units").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].name").value("示例县人民政府"));

        // Roles are shared by all counties: the added county's administrator may not redefine them.
        var principal = (org.fazhi.org.AccountPrincipal) userDetails.loadUserByUsername("admin990122");
        long clerkRole = jdbc.sql("SELECT id FROM org_role WHERE code = 'CLERK'").query(Long.class).single();
        int before = jdbc.sql("SELECT count(*) FROM org_role_permission WHERE role_id = :r").param("r", clerkRole)
                .query(Integer.class).single();
        mvc.perform(post("/org/roles/{id}", clerkRole).param("name", "业务经办人").param("scope", "OWN_UNIT")
                        .param("permissions", "org:account:manage")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(principal))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("角色为各县区共用")));
        assertThat(jdbc.sql("SELECT count(*) FROM org_role_permission WHERE role_id = :r").param("r", clerkRole)
                .query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void rejectsAMalformedCodeAndCreatesNothing() {
        String output = run(List.of("99012", "坏县"), 2);
        assertThat(output).contains("6位行政区划代码");
        assertThat(jdbc.sql("SELECT count(*) FROM org_region WHERE code = '99012'").query(Integer.class).single()).isZero();
    }
}
