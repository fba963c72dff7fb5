package org.fazhi.reconsideration;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.DataScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 行政应诉: the defence period on the legal calendar, the head's appearance and the analysis of a lost case. */
@FazhiIntegrationTest
class LitigationIntegrationTests {

    @Autowired
    Litigations litigations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    private CurrentUser clerk(long unit) {
        return new CurrentUser(0, "test", "测试", "990121", unit, "单位", "/", DataScope.COUNTY, Set.of("ADMIN"),
                Set.of("reconsideration:litigation:manage"));
    }

    @Test
    void defencePeriodRollsOverNationalDayAndLostCaseNeedsAnalysis() {
        long unit = ReconFixtures.unit(jdbc, ReconFixtures.NATURAL_RESOURCES);
        CurrentUser user = clerk(unit);
        // Served Sat 2025-09-20: 15 日 ends Sun 10-05 inside 国庆 (10-01..10-08), rolled forward to Thu 10-09.
        long id = litigations.register(new Litigations.LawsuitDraft(unit, "（2025）示0121行初501号", "示范县人民法院", "FIRST",
                "行政强制", "原告甲", "请求确认强制拆除违法", null, LocalDate.of(2025, 9, 20)), user);
        Litigation l = litigations.get(id, user.filter());
        assertThat(l.defenceDue()).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThatThrownBy(() -> litigations.hearing(id, LocalDate.of(2025, 11, 3), "NONE", null, true, user))
                .hasMessageContaining("未出庭");
        litigations.hearing(id, LocalDate.of(2025, 11, 3), "PRINCIPAL", "王局长", true, user);
        assertThatThrownBy(() -> litigations.outcome(id, "LOST_ILLEGAL", LocalDate.of(2025, 12, 1), "", user))
                .hasMessageContaining("败诉原因分析");
        litigations.outcome(id, "LOST_ILLEGAL", LocalDate.of(2025, 12, 1), "强制拆除前未依法催告，程序违法。", user);
        Litigation closed = litigations.get(id, user.filter());
        assertThat(closed.outcomeLabel()).isEqualTo("败诉：确认违法");
        assertThat(closed.headLabel()).isEqualTo("正职出庭");
        assertThatThrownBy(() -> litigations.register(new Litigations.LawsuitDraft(unit, "（2025）示0121行初501号", "示范县人民法院",
                "FIRST", "行政强制", "原告甲", "重复登记的诉讼请求", null, LocalDate.of(2025, 9, 20)), user))
                .hasMessageContaining("已登记");
    }

    @Test
    @WithUserDetails("danwei")
    void anotherUnitsLawsuitIsInvisible() throws Exception {
        long other = ReconFixtures.unit(jdbc, ReconFixtures.NATURAL_RESOURCES);
        long id = litigations.register(new Litigations.LawsuitDraft(other, "（2025）示0121行初777号", "示范县人民法院", "FIRST",
                "行政许可", "原告乙", "请求撤销许可决定", null, LocalDate.of(2025, 3, 3)), clerk(other));
        mvc.perform(get("/reconsideration/litigation/" + id)).andExpect(status().isNotFound());
    }
}
