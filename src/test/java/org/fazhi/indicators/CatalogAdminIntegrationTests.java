package org.fazhi.indicators;

import org.fazhi.FazhiIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Catalog maintenance (指标目录维护): the 司法局 (COORDINATOR) and the administrator add and edit reported definitions,
 * every bad definition is refused with a Chinese message and changes nothing, every change is audited; computed
 * definitions are read-only; units and leaders cannot edit.
 */
@FazhiIntegrationTest
class CatalogAdminIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    IndicatorCatalog catalog;

    UserDetails sifaju;
    UserDetails admin;
    UserDetails danwei;
    UserDetails lingdao;

    @BeforeEach
    void users() {
        sifaju = accounts.loadUserByUsername("sifaju");
        admin = accounts.loadUserByUsername("admin");
        danwei = accounts.loadUserByUsername("danwei");
        lingdao = accounts.loadUserByUsername("lingdao");
    }

    private static MockHttpServletRequestBuilder definition(String url, String code, String measure, String denominator) {
        return definition(url, code, measure, denominator, "法律援助值班律师接待");
    }

    private static MockHttpServletRequestBuilder definition(String url, String code, String measure, String denominator,
                                                           String name) {
        return post(url).with(csrf()).param("code", code).param("name", name)
                .param("family", "PUBLIC_LEGAL_SERVICE").param("measure", measure)
                .param("unitWord", "RATE".equals(measure) ? "%" : "人次")
                .param("numerator", "统计年度内公共法律服务中心值班律师接待群众的人次").param("denominator", denominator)
                .param("precision", "0").param("rounding", "HALF_UP").param("changeKind", "PERCENT")
                .param("levels", "COUNTY", "PROVINCE").param("citation", "《法律援助法》第三十条")
                .param("minValue", "0").param("sortOrder", "605");
    }

    private long definitions(String code) {
        return jdbc.sql("SELECT count(*) FROM ind_definition WHERE code = :c").param("c", code).query(Long.class).single();
    }

    @Test
    @DisplayName("司法局新增填报指标：口径不全被拒并说明原因，改正后保存、进入目录和填报表，修改留痕")
    void addAndEdit() throws Exception {
        String code = "PLS_DUTY_LAWYER_VISITS_" + (System.nanoTime() % 100000);
        // A rate without its denominator: refused, nothing stored, the entered values kept on the page.
        mvc.perform(definition("/indicators/catalog/new", code, "RATE", "").with(user(sifaju)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("比率指标必须写明分母")))
                .andExpect(content().string(containsString("统计年度内公共法律服务中心值班律师接待群众的人次")));
        assertThat(definitions(code)).isZero();
        // A target outside the range and a bad code.
        mvc.perform(definition("/indicators/catalog/new", "bad code", "COUNT", "").with(user(sifaju))
                        .param("maxValue", "10").param("targetOperator", "AT_LEAST").param("targetValue", "20"))
                .andExpect(content().string(containsString("指标代码须为")))
                .andExpect(content().string(containsString("目标值应在填报上下限之内")));
        // A computed code cannot be added as a reported one.
        mvc.perform(definition("/indicators/catalog/new", "RECON_DECIDED", "COUNT", "").with(user(sifaju)))
                .andExpect(content().string(containsString("已由业务模块计算")));

        mvc.perform(definition("/indicators/catalog/new", code, "COUNT", "").with(user(sifaju)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", containsString(code)));
        assertThat(catalog.require(code).origin()).isEqualTo(CatalogEntry.Origin.REPORTED);
        assertThat(catalog.require(code).definition().unitWord()).isEqualTo("人次");
        assertThat(catalog.formEntries(IndicatorDefinition.Level.COUNTY)).extracting(CatalogEntry::code).contains(code);
        mvc.perform(get("/indicators/catalog").with(user(lingdao)))
                .andExpect(content().string(containsString(code)))
                .andExpect(content().string(not(containsString("/indicators/catalog/" + code + "/edit"))));

        mvc.perform(get("/indicators/catalog/" + code + "/edit").with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("统计年度内公共法律服务中心值班律师接待群众的人次")));
        mvc.perform(definition("/indicators/catalog/" + code, code, "COUNT", "", "值班律师接待群众").with(user(admin))
                        .param("targetOperator", "AT_LEAST").param("targetValue", "500"))
                .andExpect(status().is3xxRedirection());
        assertThat(catalog.require(code).name()).isEqualTo("值班律师接待群众");
        assertThat(catalog.require(code).targetText()).isEqualTo("≥500人次");
        assertThat(jdbc.sql("SELECT summary FROM audit_entry WHERE object_type = 'ind_definition' AND object_id = :c "
                        + "AND action = 'indicators.definition.updated'").param("c", code).query(String.class).single())
                .contains("名称由“法律援助值班律师接待”改为“值班律师接待群众”").contains("目标由“（空）”改为“≥500人次”");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE object_type = 'ind_definition' AND object_id = :c "
                + "AND action = 'indicators.definition.created'").param("c", code).query(Long.class).single()).isOne();
    }

    @Test
    @DisplayName("模块计算的指标只读；单位、领导不能维护目录")
    void computedReadOnlyAndPermissions() throws Exception {
        mvc.perform(get("/indicators/catalog").with(user(sifaju)))
                .andExpect(content().string(containsString("计算模块：reconsideration")))
                .andExpect(content().string(not(containsString("/indicators/catalog/RECON_APPLICATIONS/edit"))))
                .andExpect(content().string(containsString("/indicators/catalog/MEDIATION_COMMITTEES/edit")));
        mvc.perform(get("/indicators/catalog/RECON_APPLICATIONS/edit").with(user(sifaju))).andExpect(status().isConflict());
        mvc.perform(definition("/indicators/catalog/RECON_APPLICATIONS", "RECON_APPLICATIONS", "COUNT", "")
                        .with(user(sifaju)))
                .andExpect(content().string(containsString("由业务模块（reconsideration）计算")));
        mvc.perform(get("/indicators/catalog/new").with(user(danwei))).andExpect(status().isForbidden());
        mvc.perform(get("/indicators/catalog/new").with(user(lingdao))).andExpect(status().isForbidden());
        mvc.perform(definition("/indicators/catalog/new", "PLS_FORBIDDEN_X", "COUNT", "").with(user(danwei)))
                .andExpect(status().isForbidden());
        assertThat(definitions("PLS_FORBIDDEN_X")).isZero();
    }
}
