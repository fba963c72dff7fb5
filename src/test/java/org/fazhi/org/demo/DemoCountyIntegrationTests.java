package org.fazhi.org.demo;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.org.IdNumbers;
import org.fazhi.org.Mobiles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@FazhiIntegrationTest
class DemoCountyIntegrationTests {

    private static final String PASSWORD = "Demo-Test-Pw1";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuthenticationManager authentication;
    @Autowired
    DemoCountyLoader loader;
    @Autowired
    GenerateDemoJob job;

    private int count(String kindCondition) {
        return jdbc.sql("SELECT count(*) FROM org_unit WHERE county_code = '990121' AND created_by = 'demo' AND "
                + kindCondition).query(Integer.class).single();
    }

    @Test
    @DisplayName("示范县：约30个县直部门、9个乡镇街道、约140个村社区，区划代码分9位和12位")
    void hasTheShapeOfARealCounty() {
        assertThat(count("kind = 'DEPARTMENT'")).isBetween(28, 32);
        assertThat(count("kind IN ('TOWNSHIP', 'SUBDISTRICT')")).isEqualTo(9);
        assertThat(count("kind IN ('VILLAGE', 'COMMUNITY')")).isBetween(130, 150);
        assertThat(count("kind = 'AGENCY'")).isPositive();
        assertThat(count("kind = 'INSTITUTION'")).isPositive();
        assertThat(count("kind = 'INTERNAL' AND name = '示范县司法局行政复议与应诉股'")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM org_region WHERE code LIKE '990121%' AND length(code) = 9")
                .query(Integer.class).single()).isEqualTo(9);
        assertThat(jdbc.sql("SELECT count(*) FROM org_region WHERE code LIKE '990121%' AND length(code) = 12")
                .query(Integer.class).single()).isEqualTo(count("kind IN ('VILLAGE', 'COMMUNITY')"));
        assertThat(jdbc.sql("SELECT doc_prefix FROM org_unit WHERE name = '示范县司法局'").query(String.class).single())
                .isEqualTo("示司");
        assertThat(count("kind = 'DEPARTMENT' AND is_enforcement_body")).isGreaterThan(20);
        assertThat(count("is_reconsideration_body")).isZero();
    }

    @Test
    @DisplayName("示范人员的身份证号校验码有效、手机号合法，单位祖先路径正确")
    void peopleAndPathsAreValid() {
        List<String[]> people = jdbc.sql("SELECT id_number, mobile FROM org_person WHERE created_by = 'demo'")
                .query((rs, n) -> new String[]{rs.getString(1), rs.getString(2)}).list();
        assertThat(people).hasSizeGreaterThan(250);
        assertThat(people).allSatisfy(p -> {
            assertThat(IdNumbers.isValid(p[0])).isTrue();
            assertThat(Mobiles.problem(p[1])).isEmpty();
        });
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM org_unit c JOIN org_unit p ON p.id = c.parent_id
                        WHERE c.created_by = 'demo' AND c.ancestors <> p.ancestors || p.id || '/'""")
                .query(Integer.class).single()).isZero();
    }

    @Test
    @DisplayName("每个示范角色账号都能用测试口令登录")
    void everyDemoAccountCanSignIn() {
        for (String username : List.of("sifaju", "lingdao", "jingban", "danwei", "xiangzhen", "shencha", "sheng")) {
            assertThat(authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username,
                    PASSWORD)).isAuthenticated()).as(username).isTrue();
        }
        assertThat(jdbc.sql("""
                        SELECT r.code FROM org_account a JOIN org_account_role ar ON ar.account_id = a.id
                        JOIN org_role r ON r.id = ar.role_id WHERE a.username = 'xiangzhen'""")
                .query(String.class).single()).isEqualTo("UNIT_ADMIN");
        assertThat(jdbc.sql("SELECT u.name FROM org_account a JOIN org_unit u ON u.id = a.unit_id WHERE a.username = 'xiangzhen'")
                .query(String.class).single()).isEqualTo("城关镇人民政府");
        assertThat(jdbc.sql("SELECT county_code FROM org_account WHERE username = 'sheng'").query(String.class).single())
                .isEqualTo("990000");
    }

    @Test
    @DisplayName("再次加载（第二次启动或 generate-demo）不重复加载任何数据")
    void loadingAgainLoadsNothing() {
        int units = jdbc.sql("SELECT count(*) FROM org_unit").query(Integer.class).single();
        int people = jdbc.sql("SELECT count(*) FROM org_person").query(Integer.class).single();
        assertThat(loader.loadIfEmpty()).isFalse();
        assertThat(job.run(List.of())).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM org_unit").query(Integer.class).single()).isEqualTo(units);
        assertThat(jdbc.sql("SELECT count(*) FROM org_person").query(Integer.class).single()).isEqualTo(people);
    }
}
