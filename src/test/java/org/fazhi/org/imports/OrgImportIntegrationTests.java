package org.fazhi.org.imports;

import cn.idev.excel.FastExcel;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.org.AccountPrincipal;
import org.fazhi.org.OrgDataImported;
import org.fazhi.org.OrgFixtures;
import org.fazhi.org.UnitKind;
import org.fazhi.org.imports.ImportReport.RowError;
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
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Spreadsheet import: all or nothing, row-by-row Chinese report, duplicate files refused, scope respected. */
@FazhiIntegrationTest
@RecordApplicationEvents
class OrgImportIntegrationTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    UnitImport unitImport;
    @Autowired
    PersonImport personImport;
    @Autowired
    ApplicationEvents events;

    MockMvc mvc;
    OrgFixtures fixtures;
    AccountPrincipal admin;
    String prefix;
    String parentName;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        fixtures = new OrgFixtures(jdbc, users);
        admin = fixtures.principal("admin");
        prefix = OrgFixtures.unique("导入");
        parentName = prefix + "局";
        fixtures.unit(parentName, UnitKind.DEPARTMENT, fixtures.government());
    }

    static UnitSheetRow unitRow(String name, String kind, String parent) {
        UnitSheetRow row = new UnitSheetRow();
        row.setName(name);
        row.setKind(kind);
        row.setParent(parent);
        return row;
    }

    static PersonSheetRow personRow(String name, String unit, String idNumber) {
        PersonSheetRow row = new PersonSheetRow();
        row.setName(name);
        row.setUnit(unit);
        row.setIdNumber(idNumber);
        return row;
    }

    static <T> byte[] xlsx(Class<T> type, List<T> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FastExcel.write(out, type).sheet("数据").doWrite(rows);
        return out.toByteArray();
    }

    private int unitsNamed(String like) {
        return jdbc.sql("SELECT count(*) FROM org_unit WHERE name LIKE :n").param("n", like + "%")
                .query(Integer.class).single();
    }

    @Test
    @DisplayName("有一行错误就一行也不导入；报告列出行号和中文原因")
    void oneBadRowImportsNothing() {
        byte[] file = xlsx(UnitSheetRow.class, List.of(
                unitRow(prefix + "甲所", "派出机构", parentName),
                unitRow(prefix + "乙股", "科室", parentName),
                unitRow(prefix + "丙所", "派出机构", prefix + "不存在的局"),
                unitRow(prefix + "甲所", "派出机构", parentName)));
        ImportReport report = unitImport.run("units.xlsx", file, admin.user());
        assertThat(report.imported()).isFalse();
        assertThat(report.rows()).isEqualTo(4);
        assertThat(report.errors()).extracting(RowError::row).containsExactly(3, 4, 5);
        assertThat(report.errors().get(0).message()).startsWith("未知的单位类型“科室”");
        assertThat(report.errors().get(1).message()).contains("上级单位“" + prefix + "不存在的局”不存在或不在您的数据范围内");
        assertThat(report.errors().get(2).message()).isEqualTo("单位名称“" + prefix + "甲所”与第2行重复");
        assertThat(unitsNamed(prefix)).isEqualTo(1);
        assertThat(events.stream(OrgDataImported.class)).isEmpty();
    }

    @Test
    @DisplayName("全部正确时一次导入，上级可以是表中另一行；同一文件再次上传被识别为重复，不再导入")
    void goodFileImportsOnceAndOnlyOnce() {
        byte[] file = xlsx(UnitSheetRow.class, List.of(
                unitRow(prefix + "股", "内设机构", prefix + "所"),
                unitRow(prefix + "所", "派出机构", parentName)));
        ImportReport report = unitImport.run("units.xlsx", file, admin.user());
        assertThat(report.errors()).isEmpty();
        assertThat(report.imported()).isTrue();
        assertThat(unitsNamed(prefix)).isEqualTo(3);
        Map<String, Object> desk = jdbc.sql("""
                        SELECT d.ancestors, o.ancestors || o.id || '/' AS expected FROM org_unit d
                        JOIN org_unit o ON o.id = d.parent_id WHERE d.name = :n""")
                .param("n", prefix + "股").query().singleRow();
        assertThat(desk.get("ancestors")).isEqualTo(desk.get("expected"));
        assertThat(events.stream(OrgDataImported.class)).singleElement()
                .satisfies(e -> assertThat(e.batchId()).isEqualTo(report.batchId()));

        ImportReport again = unitImport.run("units-copy.xlsx", file, admin.user());
        assertThat(again.duplicateFile()).isTrue();
        assertThat(again.errors()).singleElement().satisfies(e -> assertThat(e.message())
                .contains("批次号" + report.batchId()).contains("不能重复导入"));
        assertThat(unitsNamed(prefix)).isEqualTo(3);
    }

    @Test
    @DisplayName("内容相同的另一个文件：名称已存在，逐行报告，不导入")
    void reimportingTheSameUnitsUnderAnotherFileIsRefused() {
        unitImport.run("a.xlsx", xlsx(UnitSheetRow.class, List.of(unitRow(prefix + "所", "派出机构", parentName))),
                admin.user());
        UnitSheetRow row = unitRow(prefix + "所", "派出机构", parentName);
        row.setShortName("改了简称，文件就不同了");
        ImportReport report = unitImport.run("b.xlsx", xlsx(UnitSheetRow.class, List.of(row)), admin.user());
        assertThat(report.duplicateFile()).isFalse();
        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(2);
            assertThat(e.message()).contains("已存在");
        });
        assertThat(unitsNamed(prefix)).isEqualTo(2);
    }

    @Test
    @DisplayName("单位管理员导入时，范围外的上级单位视同不存在")
    void parentsOutsideTheScopeAreUnknown() {
        long township = fixtures.unit(prefix + "镇", UnitKind.TOWNSHIP, fixtures.government());
        AccountPrincipal townshipAdmin = fixtures.account(township, "UNIT_ADMIN");
        ImportReport report = unitImport.run("u.xlsx", xlsx(UnitSheetRow.class,
                List.of(unitRow(prefix + "偷挂所", "派出机构", parentName))), townshipAdmin.user());
        assertThat(report.errors()).singleElement().satisfies(e ->
                assertThat(e.message()).contains("不存在或不在您的数据范围内"));
        assertThat(unitsNamed(prefix + "偷挂")).isZero();
    }

    @Test
    @DisplayName("标志与类型矛盾、信用代码错误、是否列填错、循环上级：逐行报告")
    void rulesAndCyclesAreReported() {
        UnitSheetRow village = unitRow(prefix + "村", "村", parentName);
        village.setEnforcementBody("是");
        UnitSheetRow credit = unitRow(prefix + "中心", "事业单位", parentName);
        credit.setCreditCode("12990121MB0000000X");
        credit.setNormdocIssuer("也许");
        byte[] file = xlsx(UnitSheetRow.class, List.of(village, credit,
                unitRow(prefix + "甲", "内设机构", prefix + "乙"), unitRow(prefix + "乙", "内设机构", prefix + "甲")));
        ImportReport report = unitImport.run("rules.xlsx", file, admin.user());
        assertThat(report.errors()).extracting(RowError::row).contains(2, 3, 4, 5);
        assertThat(report.errors()).extracting(RowError::message)
                .anySatisfy(m -> assertThat(m).contains("村、社区的上级单位应为乡镇或街道"))
                .anySatisfy(m -> assertThat(m).contains("不能作为行政执法主体"))
                .anySatisfy(m -> assertThat(m).contains("统一社会信用代码"))
                .anySatisfy(m -> assertThat(m).contains("应填“是”或“否”"))
                .anySatisfy(m -> assertThat(m).contains("循环引用"));
        assertThat(unitsNamed(prefix)).isEqualTo(1);
    }

    @Test
    @DisplayName("人员导入：身份证号校验码错误或重复、单位不存在时一人也不导入；正确后导入一次")
    void peopleImportIsAllOrNothing() {
        String good = OrgFixtures.idNumber();
        String bad = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
        String other = OrgFixtures.idNumber();
        PersonSheetRow mobile = personRow("赵导入", parentName, other);
        mobile.setMobile("12345");
        byte[] file = xlsx(PersonSheetRow.class, List.of(personRow("张导入", parentName, good),
                personRow("李导入", parentName, bad), personRow("王导入", prefix + "没有的单位", null),
                personRow("孙导入", parentName, good), mobile));
        ImportReport report = personImport.run("people.xlsx", file, admin.user());
        assertThat(report.imported()).isFalse();
        assertThat(report.errors()).extracting(RowError::row).containsExactly(3, 4, 5, 6);
        assertThat(report.errors()).extracting(RowError::message).containsExactly(
                "身份证号校验码不正确（GB 11643），请核对",
                "所在单位“" + prefix + "没有的单位”不存在或不在您的数据范围内",
                "身份证号与第2行重复",
                "手机号应为以13至19开头的11位数字");
        assertThat(jdbc.sql("SELECT count(*) FROM org_person WHERE id_number IN (:n)")
                .param("n", List.of(good, other)).query(Integer.class).single()).isZero();

        byte[] fixed = xlsx(PersonSheetRow.class, List.of(personRow("张导入", parentName, good),
                personRow("李导入", parentName, null)));
        ImportReport ok = personImport.run("people.xlsx", fixed, admin.user());
        assertThat(ok.imported()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM org_person p JOIN org_unit u ON u.id = p.unit_id WHERE u.name = :u")
                .param("u", parentName).query(Integer.class).single()).isEqualTo(2);
        ImportReport twice = personImport.run("people.xlsx", fixed, admin.user());
        assertThat(twice.duplicateFile()).isTrue();
        byte[] sameNameNoId = xlsx(PersonSheetRow.class, List.of(personRow("李导入", parentName, null)));
        assertThat(personImport.run("p2.xlsx", sameNameNoId, admin.user()).errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("已有人员“李导入”"));
    }

    @Test
    @DisplayName("不是 xlsx、表头不对：中文原因，不导入")
    void wrongFilesAreRefused() {
        assertThatThrownBy(() -> unitImport.run("units.csv", "名称,类型".getBytes(), admin.user()))
                .isInstanceOf(BusinessException.class).hasMessageContaining(".xlsx");
        byte[] people = xlsx(PersonSheetRow.class, List.of(personRow("张三", parentName, null)));
        ImportReport report = unitImport.run("people-as-units.xlsx", people, admin.user());
        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(1);
            assertThat(e.message()).contains("表头缺少“单位名称”“单位类型”“上级单位”列");
        });
        ImportReport empty = personImport.run("empty.xlsx", xlsx(PersonSheetRow.class, List.of()), admin.user());
        assertThat(empty.errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).isEqualTo("文件中没有数据行"));
    }

    @Test
    @DisplayName("模板可以下载，表头与导入一致；没有导入权限的账号得到403")
    void templatesDownloadAndImportIsGuarded() throws Exception {
        byte[] template = mvc.perform(get("/org/import/templates/units").with(user(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<Map<Integer, String>> head = FastExcel.read(new ByteArrayInputStream(template)).headRowNumber(0)
                .sheet(0).doReadSync();
        assertThat(head.get(0).values()).contains("单位名称", "单位类型", "上级单位", "统一社会信用代码");
        mvc.perform(get("/org/import/templates/people").with(user(admin))).andExpect(status().isOk());
        AccountPrincipal coordinator = fixtures.account(fixtures.government(), "COORDINATOR");
        mvc.perform(get("/org/import").with(user(coordinator))).andExpect(status().isForbidden());
    }
}
