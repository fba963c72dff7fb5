package org.fazhi.org;

import cn.idev.excel.FastExcel;
import org.fazhi.FazhiIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The organisation pages as a user sees them: lists, forms with Chinese errors, the one-time password, imports. */
@FazhiIntegrationTest
class OrgPagesIntegrationTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    AuthenticationManager authentication;

    MockMvc mvc;
    OrgFixtures fixtures;
    AccountPrincipal admin;
    long government;
    long township;
    long village;
    long department;
    String departmentName;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        fixtures = new OrgFixtures(jdbc, users);
        admin = fixtures.principal("admin");
        government = fixtures.government();
        township = fixtures.unit(OrgFixtures.unique("页面镇"), UnitKind.TOWNSHIP, government);
        village = fixtures.unit(OrgFixtures.unique("页面村"), UnitKind.VILLAGE, township);
        departmentName = OrgFixtures.unique("页面局");
        department = fixtures.unit(departmentName, UnitKind.DEPARTMENT, government);
    }

    @Test
    @DisplayName("管理员打开每个组织机构页面都成功")
    void everyPageRenders() throws Exception {
        long person = fixtures.person(department, "页面人", OrgFixtures.idNumber(), null);
        long account = fixtures.account(department, "CLERK").user().accountId();
        for (String url : List.of("/org/units", "/org/units?kind=DEPARTMENT&flag=enforcement&status=ALL",
                "/org/units/new?parent=" + department, "/org/units/" + department, "/org/people",
                "/org/people/new", "/org/people/" + person, "/org/accounts", "/org/accounts/new",
                "/org/accounts/" + account, "/org/roles", "/org/roles/new", "/org/roles/1", "/org/import")) {
            mvc.perform(get(url).with(user(admin))).andExpect(status().isOk());
        }
    }

    @Test
    @DisplayName("乡镇单位管理员的单位页：树和列表只有本镇及其村")
    void townshipAdministratorsUnitPageShowsOwnSubtree() throws Exception {
        AccountPrincipal townshipAdmin = fixtures.account(township, "UNIT_ADMIN");
        String townshipName = jdbc.sql("SELECT name FROM org_unit WHERE id = :id").param("id", township)
                .query(String.class).single();
        mvc.perform(get("/org/units").with(user(townshipAdmin)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(townshipName), containsString("共 2 条"),
                        not(containsString(departmentName)), not(containsString("示范县司法局")))));
    }

    @Test
    @DisplayName("把单位移到自己的下级之下：表单上显示中文原因，单位不变")
    void moveUnderDescendantShowsTheReasonOnTheForm() throws Exception {
        String name = jdbc.sql("SELECT name FROM org_unit WHERE id = :id").param("id", township)
                .query(String.class).single();
        mvc.perform(post("/org/units/" + township).with(user(admin)).with(csrf())
                        .param("name", name).param("kind", "TOWNSHIP").param("parentId", String.valueOf(village))
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"form-error\""),
                        containsString("不能把单位移到它自己或它的下级单位之下"))));
        assertThat(jdbc.sql("SELECT parent_id FROM org_unit WHERE id = :id").param("id", township)
                .query(Long.class).single()).isEqualTo(government);
    }

    @Test
    @DisplayName("新建单位填错信用代码：表单保留输入并显示原因，不新建")
    void badCreditCodeShowsOnTheForm() throws Exception {
        String name = OrgFixtures.unique("错码局");
        mvc.perform(post("/org/units").with(user(admin)).with(csrf()).param("name", name).param("kind", "DEPARTMENT")
                        .param("parentId", String.valueOf(government)).param("creditCode", "91350100M000100Y44"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("统一社会信用代码校验码不正确"),
                        containsString("value=\"" + name + "\""))));
        assertThat(jdbc.sql("SELECT count(*) FROM org_unit WHERE name = :n").param("n", name)
                .query(Integer.class).single()).isZero();
    }

    @Test
    @DisplayName("人员列表：无 pii 权限只见脱敏号码")
    void peopleListMasksNumbers() throws Exception {
        String idNumber = OrgFixtures.idNumber();
        fixtures.person(department, "脱敏人", idNumber, "13700001234");
        AccountPrincipal coordinator = fixtures.account(government, "COORDINATOR");
        mvc.perform(get("/org/people").param("unit", String.valueOf(department)).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(IdNumbers.mask(idNumber)),
                        containsString("137****1234"), not(containsString(idNumber)))));
        mvc.perform(get("/org/people").param("unit", String.valueOf(department)).with(user(admin)))
                .andExpect(content().string(containsString(idNumber)));
    }

    @Test
    @DisplayName("新建账号后页面显示一次初始口令，该口令可以登录")
    void newAccountPageShowsThePasswordOnce() throws Exception {
        String username = OrgFixtures.unique("pg").toLowerCase().replace("-", "");
        long clerkRole = jdbc.sql("SELECT id FROM org_role WHERE code = 'CLERK'").query(Long.class).single();
        String html = mvc.perform(post("/org/accounts").with(user(admin)).with(csrf()).param("username", username)
                        .param("displayName", "页面用户").param("unitId", String.valueOf(department))
                        .param("roleIds", String.valueOf(clerkRole)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher m = Pattern.compile("id=\"issued-password\">([^<]+)<").matcher(html);
        assertThat(m.find()).isTrue();
        assertThat(authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username,
                m.group(1))).isAuthenticated()).isTrue();
        long id = jdbc.sql("SELECT id FROM org_account WHERE username = :u").param("u", username)
                .query(Long.class).single();
        mvc.perform(get("/org/accounts/" + id).with(user(admin)))
                .andExpect(content().string(not(containsString(m.group(1)))));
        mvc.perform(post("/org/accounts").with(user(admin)).with(csrf()).param("username", "x")
                        .param("unitId", String.valueOf(department)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("用户名应为3至32位小写字母")));
    }

    @Test
    @DisplayName("上传有错行的单位表：400，逐行中文报告，一行也不导入；同一文件导入成功后再传：409")
    void importPageReportsRowsAndRefusesDuplicates() throws Exception {
        String prefix = OrgFixtures.unique("页导");
        byte[] bad = units(List.of(row(prefix + "所", "派出机构", departmentName), row(prefix + "股", "科室", departmentName)));
        mvc.perform(multipart("/org/import/units").file(new MockMultipartFile("file", "单位.xlsx", null, bad))
                        .with(user(admin)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("第 3 行"), containsString("未知的单位类型“科室”"),
                        containsString("本次没有导入任何数据"))));
        assertThat(jdbc.sql("SELECT count(*) FROM org_unit WHERE name LIKE :n").param("n", prefix + "%")
                .query(Integer.class).single()).isZero();
        byte[] good = units(List.of(row(prefix + "所", "派出机构", departmentName)));
        mvc.perform(multipart("/org/import/units").file(new MockMultipartFile("file", "单位.xlsx", null, good))
                        .with(user(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已成功导入 1 条")));
        mvc.perform(multipart("/org/import/units").file(new MockMultipartFile("file", "单位.xlsx", null, good))
                        .with(user(admin)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("不能重复导入")));
        assertThat(jdbc.sql("SELECT count(*) FROM org_unit WHERE name LIKE :n").param("n", prefix + "%")
                .query(Integer.class).single()).isEqualTo(1);
    }

    private static org.fazhi.org.imports.UnitSheetRow row(String name, String kind, String parent) {
        org.fazhi.org.imports.UnitSheetRow row = new org.fazhi.org.imports.UnitSheetRow();
        row.setName(name);
        row.setKind(kind);
        row.setParent(parent);
        return row;
    }

    private static byte[] units(List<org.fazhi.org.imports.UnitSheetRow> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FastExcel.write(out, org.fazhi.org.imports.UnitSheetRow.class).sheet("单位").doWrite(rows);
        return out.toByteArray();
    }
}
