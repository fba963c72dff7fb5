package org.fazhi.org.units;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.org.AccountPrincipal;
import org.fazhi.org.OrgFixtures;
import org.fazhi.org.UnitChanged;
import org.fazhi.org.UnitKind;
import org.fazhi.shared.BusinessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Data scope on units: a township's administrator, a clerk, the coordinator, forged ids; moves and closing. */
@FazhiIntegrationTest
@RecordApplicationEvents
class UnitAdministrationIntegrationTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    UnitManagement management;
    @Autowired
    ApplicationEvents events;

    MockMvc mvc;
    OrgFixtures fixtures;
    long government;
    long township;
    long village;
    long department;
    String departmentName;
    AccountPrincipal townshipAdmin;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        fixtures = new OrgFixtures(jdbc, users);
        government = fixtures.government();
        township = fixtures.unit(OrgFixtures.unique("测试镇"), UnitKind.TOWNSHIP, government);
        village = fixtures.unit(OrgFixtures.unique("测试村"), UnitKind.VILLAGE, township);
        departmentName = OrgFixtures.unique("测试局");
        department = fixtures.unit(departmentName, UnitKind.DEPARTMENT, government);
        townshipAdmin = fixtures.account(township, "UNIT_ADMIN");
    }

    private Map<String, Object> row(long id) {
        return jdbc.sql("SELECT name, parent_id, ancestors, status, version FROM org_unit WHERE id = :id")
                .param("id", id).query().singleRow();
    }

    @Test
    @DisplayName("乡镇单位管理员读取部门的单位：页面和接口都是404，与不存在的单位一样")
    void townshipAdministratorCannotReadADepartment() throws Exception {
        mvc.perform(get("/org/units/" + department).with(user(townshipAdmin)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("单位不存在或不在您的数据范围内")));
        mvc.perform(get("/api/v1/org/units/" + department).with(user(townshipAdmin)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("单位不存在或不在您的数据范围内"));
        mvc.perform(get("/api/v1/org/units/" + Long.MAX_VALUE).with(user(townshipAdmin)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("单位不存在或不在您的数据范围内"));
    }

    @Test
    @DisplayName("伪造部门的 id 修改、撤销或在其下新建：404，什么也没改变")
    void forgedIdsOfADepartmentChangeNothing() throws Exception {
        Map<String, Object> before = row(department);
        mvc.perform(post("/org/units/" + department).with(user(townshipAdmin)).with(csrf())
                        .param("name", "被篡改的名称").param("kind", "DEPARTMENT")
                        .param("parentId", String.valueOf(government)).param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/org/units/" + department + "/close").with(user(townshipAdmin)).with(csrf()))
                .andExpect(status().isNotFound());
        String name = OrgFixtures.unique("偷挂的单位");
        mvc.perform(post("/org/units").with(user(townshipAdmin)).with(csrf())
                        .param("name", name).param("kind", "AGENCY").param("parentId", String.valueOf(department)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("上级单位不存在或不在您的数据范围内")));
        // Moving its own village under the department is the same forged id, seen from the other side.
        mvc.perform(post("/org/units/" + village).with(user(townshipAdmin)).with(csrf())
                        .param("name", "改名").param("kind", "VILLAGE").param("parentId", String.valueOf(department))
                        .param("version", "0"))
                .andExpect(status().isNotFound());
        assertThat(row(department)).isEqualTo(before);
        assertThat(row(village).get("parent_id")).isEqualTo(township);
        assertThat(jdbc.sql("SELECT count(*) FROM org_unit WHERE name = :n").param("n", name)
                .query(Integer.class).single()).isZero();
    }

    @Test
    @DisplayName("乡镇单位管理员在接口中只看到本镇及其下属村")
    void townshipAdministratorSeesOwnSubtree() throws Exception {
        mvc.perform(get("/api/v1/org/units").param("size", "200").with(user(townshipAdmin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[*].id").value(containsInAnyOrder((int) township, (int) village)));
    }

    @Test
    @DisplayName("经办人只看到本单位；统筹协调（司法局）看到全县")
    void clerkSeesOwnUnitAndCoordinatorTheCounty() throws Exception {
        AccountPrincipal clerk = fixtures.account(department, "CLERK");
        mvc.perform(get("/api/v1/org/units").with(user(clerk)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].name").value(departmentName));
        mvc.perform(get("/api/v1/org/units/" + township).with(user(clerk))).andExpect(status().isNotFound());
        AccountPrincipal coordinator = fixtures.account(government, "COORDINATOR");
        int county = jdbc.sql("SELECT count(*) FROM org_unit WHERE county_code = '990121' AND status = 'ACTIVE'")
                .query(Integer.class).single();
        mvc.perform(get("/api/v1/org/units").with(user(coordinator)))
                .andExpect(jsonPath("$.total").value(county));
        mvc.perform(get("/api/v1/org/units/" + village).with(user(coordinator))).andExpect(status().isOk());
    }

    @Test
    @DisplayName("乡镇单位管理员可以维护本镇的村；变更发布审计事件")
    void townshipAdministratorMaintainsItsVillages() throws Exception {
        String newName = OrgFixtures.unique("新村名");
        mvc.perform(post("/org/units/" + village).with(user(townshipAdmin)).with(csrf())
                        .param("name", newName).param("kind", "VILLAGE").param("parentId", String.valueOf(township))
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(row(village)).containsEntry("name", newName).containsEntry("version", 1);
        assertThat(events.stream(UnitChanged.class))
                .anySatisfy(e -> {
                    assertThat(e.unitId()).isEqualTo(village);
                    assertThat(e.action()).isEqualTo("org.unit.updated");
                    assertThat(e.actor()).isEqualTo(townshipAdmin.getUsername());
                });
    }

    @Test
    @DisplayName("单位管理员不能给本单位加执法主体资格或改代字；拒绝后不变")
    void unitAdministratorCannotGrantItsOwnUnitLegalStatus() {
        UnitForm form = UnitForm.of(unit(township));
        form.setEnforcementBody(true);
        assertThatThrownBy(() -> management.update(township, form, townshipAdmin.user()))
                .isInstanceOf(BusinessException.class)
                .hasMessage("主体资格和发文机关代字须由县级管理员调整");
        UnitForm prefix = UnitForm.of(unit(township));
        prefix.setDocPrefix("示政");
        assertThatThrownBy(() -> management.update(township, prefix, townshipAdmin.user()))
                .hasMessage("主体资格和发文机关代字须由县级管理员调整");
        assertThat(row(township).get("version")).isEqualTo(0);
    }

    @Test
    @DisplayName("不能把单位移到它自己的下级之下；拒绝后单位树不变")
    void cannotMoveAUnitUnderItsOwnDescendant() {
        UnitForm form = UnitForm.of(unit(township));
        form.setParentId(village);
        assertThatThrownBy(() -> management.update(township, form, fixtures.principal("admin").user()))
                .isInstanceOf(BusinessException.class)
                .hasMessage("不能把单位移到它自己或它的下级单位之下");
        UnitForm self = UnitForm.of(unit(township));
        self.setParentId(township);
        assertThatThrownBy(() -> management.update(township, self, fixtures.principal("admin").user()))
                .hasMessage("不能把单位移到它自己或它的下级单位之下");
        assertThat(row(township).get("parent_id")).isEqualTo(government);
        assertThat(row(township).get("version")).isEqualTo(0);
    }

    @Test
    @DisplayName("移动单位时其下级单位的祖先路径一并改写")
    void movingAUnitRewritesItsDescendantsPaths() throws Exception {
        long office = fixtures.unit(OrgFixtures.unique("测试所"), UnitKind.AGENCY, department);
        long desk = fixtures.unit(OrgFixtures.unique("测试股"), UnitKind.INTERNAL, office);
        long other = fixtures.unit(OrgFixtures.unique("另一局"), UnitKind.DEPARTMENT, government);
        mvc.perform(post("/org/units/" + office).with(user(fixtures.principal("admin"))).with(csrf())
                        .param("name", (String) row(office).get("name")).param("kind", "AGENCY")
                        .param("parentId", String.valueOf(other)).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(row(office).get("ancestors")).isEqualTo("/" + government + "/" + other + "/");
        assertThat(row(desk).get("ancestors")).isEqualTo("/" + government + "/" + other + "/" + office + "/");
        assertThat(events.stream(UnitChanged.class)).anySatisfy(e -> assertThat(e.action()).isEqualTo("org.unit.moved"));
    }

    @Test
    @DisplayName("撤销保留记录（状态CLOSED）；有未撤销下级单位时不能撤销")
    void closingKeepsTheRow() throws Exception {
        AccountPrincipal admin = fixtures.principal("admin");
        mvc.perform(post("/org/units/" + township + "/close").with(user(admin)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("下级单位")));
        assertThat(row(township).get("status")).isEqualTo("ACTIVE");
        mvc.perform(post("/org/units/" + village + "/close").with(user(townshipAdmin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(row(village)).containsEntry("status", "CLOSED").containsEntry("version", 1);
        mvc.perform(post("/org/units/" + township + "/close").with(user(townshipAdmin)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("不能撤销您本人所在的单位")));
        mvc.perform(get("/api/v1/org/units").param("status", "CLOSED").with(user(townshipAdmin)))
                .andExpect(jsonPath("$.items[*].id").value(containsInAnyOrder((int) village)));
    }

    @Test
    @DisplayName("信用代码校验码错误、部门标为复议机关、内设机构标为制定主体：中文原因，不新建")
    void badFieldsAreRejectedWithReasons() {
        UnitForm form = new UnitForm();
        String name = OrgFixtures.unique("坏单位");
        form.setName(name);
        form.setKind("DEPARTMENT");
        form.setParentId(government);
        form.setCreditCode("91350100M000100Y44");
        form.setReconsiderationBody(true);
        assertThatThrownBy(() -> management.create(form, fixtures.principal("admin").user()))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("统一社会信用代码校验码不正确")
                .hasMessageContaining("《中华人民共和国行政复议法》第二十四条");
        form.setKind("INTERNAL");
        form.setCreditCode(null);
        form.setReconsiderationBody(false);
        form.setNormdocIssuer(true);
        form.setParentId(department);
        assertThatThrownBy(() -> management.create(form, fixtures.principal("admin").user()))
                .hasMessageContaining("严禁以内设机构名义制发行政规范性文件");
        form.setNormdocIssuer(false);
        form.setName(departmentName);
        assertThatThrownBy(() -> management.create(form, fixtures.principal("admin").user()))
                .hasMessageContaining("已有同名单位");
        assertThat(jdbc.sql("SELECT count(*) FROM org_unit WHERE name = :n").param("n", name)
                .query(Integer.class).single()).isZero();
    }

    @Test
    @DisplayName("新建单位继承上级的县代码和祖先路径并记入审计")
    void creatingAUnitRecordsItsPath() {
        UnitForm form = new UnitForm();
        String name = OrgFixtures.unique("新社区");
        form.setName(name);
        form.setKind("社区");
        form.setParentId(township);
        long id = management.create(form, townshipAdmin.user());
        assertThat(row(id)).containsEntry("ancestors", "/" + government + "/" + township + "/")
                .containsEntry("status", "ACTIVE");
        assertThat(events.stream(UnitChanged.class)).anySatisfy(e -> {
            assertThat(e.unitId()).isEqualTo(id);
            assertThat(e.countyCode()).isEqualTo("990121");
            assertThat(e.summary()).contains(name);
        });
    }

    private Unit unit(long id) {
        return context.getBean(Units.class).find(id, fixtures.principal("admin").user().filter()).orElseThrow();
    }
}
