package org.fazhi.org.people;

import cn.idev.excel.FastExcel;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.org.AccountPrincipal;
import org.fazhi.org.IdNumbers;
import org.fazhi.org.Mobiles;
import org.fazhi.org.OrgDataExported;
import org.fazhi.org.OrgFixtures;
import org.fazhi.org.PersonChanged;
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

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** People: PII masking, data scope, identity-number checks, masked values posted back. */
@FazhiIntegrationTest
@RecordApplicationEvents
class PersonAdministrationIntegrationTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    PersonManagement management;
    @Autowired
    ApplicationEvents events;

    MockMvc mvc;
    OrgFixtures fixtures;
    long government;
    long department;
    long township;
    long person;
    String idNumber;
    String mobile = "13912345678";

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        fixtures = new OrgFixtures(jdbc, users);
        government = fixtures.government();
        department = fixtures.unit(OrgFixtures.unique("人员测试局"), UnitKind.DEPARTMENT, government);
        township = fixtures.unit(OrgFixtures.unique("人员测试镇"), UnitKind.TOWNSHIP, government);
        idNumber = OrgFixtures.idNumber();
        person = fixtures.person(department, "王测试", idNumber, mobile);
    }

    private Map<String, Object> row(long id) {
        return jdbc.sql("SELECT name, unit_id, id_number, mobile, position, status, version FROM org_person WHERE id = :id")
                .param("id", id).query().singleRow();
    }

    @Test
    @DisplayName("没有 org:person:pii 权限：接口和导出中的身份证号、手机号都脱敏；有权限才显示完整号码")
    void piiIsMaskedWithoutThePermission() throws Exception {
        AccountPrincipal coordinator = fixtures.account(government, "COORDINATOR");
        mvc.perform(get("/api/v1/org/people").param("unitId", String.valueOf(department)).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].idNumber").value(IdNumbers.mask(idNumber)))
                .andExpect(jsonPath("$.items[0].mobile").value("139****5678"))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(idNumber))));
        byte[] xlsx = mvc.perform(get("/org/people/export").param("unit", String.valueOf(department))
                        .with(user(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<Map<Integer, String>> rows = FastExcel.read(new ByteArrayInputStream(xlsx)).sheet().doReadSync();
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.get(4)).isEqualTo(IdNumbers.mask(idNumber));
            assertThat(r.get(5)).isEqualTo(Mobiles.mask(mobile));
        });
        assertThat(events.stream(OrgDataExported.class)).anySatisfy(e -> assertThat(e.piiVisible()).isFalse());

        AccountPrincipal admin = fixtures.principal("admin");
        mvc.perform(get("/api/v1/org/people").param("unitId", String.valueOf(department)).with(user(admin)))
                .andExpect(jsonPath("$.items[0].idNumber").value(idNumber))
                .andExpect(jsonPath("$.items[0].mobile").value(mobile));
    }

    @Test
    @DisplayName("乡镇单位管理员读取或修改部门的人员：404，什么也没改变")
    void townshipAdministratorCannotTouchADepartmentsPeople() throws Exception {
        AccountPrincipal townshipAdmin = fixtures.account(township, "UNIT_ADMIN");
        Map<String, Object> before = row(person);
        mvc.perform(get("/org/people/" + person).with(user(townshipAdmin)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("人员不存在或不在您的数据范围内")));
        mvc.perform(post("/org/people/" + person).with(user(townshipAdmin)).with(csrf())
                        .param("name", "被篡改").param("unitId", String.valueOf(township)).param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/org/people").with(user(townshipAdmin)).with(csrf())
                        .param("name", "偷登记").param("unitId", String.valueOf(department)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/org/people").param("unitId", String.valueOf(department)).with(user(townshipAdmin)))
                .andExpect(status().isNotFound());
        assertThat(row(person)).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM org_person WHERE name = '偷登记'").query(Integer.class).single())
                .isZero();
    }

    @Test
    @DisplayName("经办人没有查看人员的权限：403")
    void clerksCannotListPeople() throws Exception {
        AccountPrincipal clerk = fixtures.account(department, "CLERK");
        mvc.perform(get("/org/people").with(user(clerk))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/org/people").with(user(clerk))).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("身份证号校验码错误、性别与身份证号不符、手机号不对、身份证号重复：中文原因，不登记")
    void badIdentityNumbersAreRejected() {
        AccountPrincipal admin = fixtures.principal("admin");
        PersonForm form = new PersonForm();
        form.setName("李校验");
        form.setUnitId(department);
        String good = OrgFixtures.idNumber();
        form.setIdNumber(good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0'));
        form.setMobile("1234");
        assertThatThrownBy(() -> management.create(form, admin.user()))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("身份证号校验码不正确（GB 11643）")
                .hasMessageContaining("手机号应为");
        form.setIdNumber(good);
        form.setMobile(null);
        form.setGender(IdNumbers.gender(good).equals("男") ? "女" : "男");
        assertThatThrownBy(() -> management.create(form, admin.user())).hasMessageContaining("性别与身份证号不一致");
        form.setGender(null);
        form.setIdNumber(idNumber);
        assertThatThrownBy(() -> management.create(form, admin.user())).hasMessageContaining("该身份证号已登记");
        assertThat(jdbc.sql("SELECT count(*) FROM org_person WHERE name = '李校验'").query(Integer.class).single())
                .isZero();
        form.setIdNumber(good.toLowerCase());
        long id = management.create(form, admin.user());
        assertThat(row(id)).containsEntry("id_number", good);
        assertThat(jdbc.sql("SELECT gender FROM org_person WHERE id = :id").param("id", id).query(String.class)
                .single()).isEqualTo(IdNumbers.gender(good));
        assertThat(events.stream(PersonChanged.class)).anySatisfy(e -> {
            assertThat(e.personId()).isEqualTo(id);
            assertThat(e.summary()).doesNotContain(good);
        });
    }

    @Test
    @DisplayName("看不到完整号码的管理员提交脱敏值：保留原号码，只改其他字段")
    void maskedValuesPostedBackKeepTheStoredOnes() throws Exception {
        AccountPrincipal unitAdmin = fixtures.account(department, "UNIT_ADMIN");
        mvc.perform(post("/org/people/" + person).with(user(unitAdmin)).with(csrf())
                        .param("name", "王测试").param("unitId", String.valueOf(department))
                        .param("idNumber", IdNumbers.mask(idNumber)).param("mobile", Mobiles.mask(mobile))
                        .param("position", "法制审核员").param("status", "ACTIVE").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(row(person)).containsEntry("id_number", idNumber).containsEntry("mobile", mobile)
                .containsEntry("position", "法制审核员").containsEntry("version", 1);
        mvc.perform(post("/org/people/" + person).with(user(unitAdmin)).with(csrf())
                        .param("name", "王测试").param("unitId", String.valueOf(department))
                        .param("idNumber", IdNumbers.mask(idNumber)).param("status", "LEFT").param("version", "1"))
                .andExpect(status().is3xxRedirection());
        assertThat(row(person)).containsEntry("status", "LEFT").containsEntry("id_number", idNumber)
                .containsEntry("mobile", null);
    }
}
