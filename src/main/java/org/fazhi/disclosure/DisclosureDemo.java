package org.fazhi.disclosure;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fazhi.org.CountySettings;
import org.fazhi.org.DataScope;
import org.fazhi.org.ScopeFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo records of the demo county (示范数据): a handful of disclosure requests at different stages, through the module's
 * own services and with dates relative to the clock, and last year's government report as a draft — only when
 * {@code fazhi.demo.enabled} and the county has no request yet.
 */
@Component
@Order(40)
class DisclosureDemo implements ApplicationRunner {

    private final DisclosureRequests requests;
    private final Remedies remedies;
    private final DisclosureAnnualReports reports;
    private final CountySettings county;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final boolean enabled;

    DisclosureDemo(DisclosureRequests requests, Remedies remedies, DisclosureAnnualReports reports, CountySettings county,
                   JdbcClient jdbc, Clock clock, @Value("${fazhi.demo.enabled:true}") boolean enabled) {
        this.requests = requests;
        this.remedies = remedies;
        this.reports = reports;
        this.county = county;
        this.jdbc = jdbc;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String code = county.code();
        if (!enabled || unit("示范县人民政府办公室").isEmpty()
                || jdbc.sql("SELECT count(*) FROM disc_request WHERE county_code = :c").param("c", code)
                .query(Long.class).single() > 0) {
            return;
        }
        ScopeFilter scope = new ScopeFilter(DataScope.COUNTY, code, null, null);
        long office = unit("示范县人民政府办公室").orElseThrow();
        long market = unit("示范县市场监督管理局").orElse(office);
        long land = unit("示范县自然资源局").orElse(office);
        long housing = unit("示范县住房和城乡建设局").orElse(office);
        LocalDate today = LocalDate.now(clock);
        LocalDate lastYear = LocalDate.of(today.getYear() - 1, 1, 1);

        // last year: answered, partly disclosed, withheld with a reconsideration, one carried over
        DisclosureRequest a = register(office, ApplicantType.NATURAL_PERSON, "陈明", "示范县2024年老旧小区改造项目清单及资金安排",
                weekday(lastYear.withMonth(3).withDayOfMonth(4)), scope);
        reply(a, ReplyType.DISCLOSED, null, "已通过电子邮件提供《示范县老旧小区改造项目清单》", weekday(lastYear.withMonth(3).withDayOfMonth(18)), scope);
        DisclosureRequest b = register(housing, ApplicantType.COMMERCIAL, "示范县安居建筑工程有限公司",
                "城南片区棚户区改造项目招标文件及评标结果", weekday(lastYear.withMonth(5).withDayOfMonth(12)), scope);
        reply(b, ReplyType.PARTIAL, WithholdGround.THIRD_PARTY, "提供招标公告和中标结果公示", weekday(lastYear.withMonth(5).withDayOfMonth(28)), scope);
        DisclosureRequest c = register(land, ApplicantType.NATURAL_PERSON, "刘芳", "城关镇东关村集体土地征收的会议纪要",
                weekday(lastYear.withMonth(7).withDayOfMonth(7)), scope);
        reply(c, ReplyType.WITHHELD, WithholdGround.PROCESS, null, weekday(lastYear.withMonth(7).withDayOfMonth(21)), scope);
        remedies.link(c.id(), Table4.Kind.RECONSIDERATION, "示府复〔" + lastYear.getYear() + "〕12号",
                weekday(lastYear.withMonth(8).withDayOfMonth(11)), Table4.Outcome.MAINTAINED,
                weekday(lastYear.withMonth(10).withDayOfMonth(9)), null, scope, "demo");
        register(office, ApplicantType.LEGAL_SERVICE, "示范县正义律师事务所", "县政府常务会议关于工业园区规划调整的决定",
                weekday(lastYear.withMonth(12).withDayOfMonth(22)), scope);

        // this year: running clocks in several states
        register(market, ApplicantType.COMMERCIAL, "示范县百味食品有限公司", "本县2025年食品安全监督抽检不合格产品信息",
                weekday(today.minusDays(6)), scope);
        register(market, ApplicantType.NATURAL_PERSON, "王建国", "县市场监管局对城关农贸市场的行政处罚决定书",
                weekday(today.minusDays(26)), scope);
        DisclosureRequest d = register(land, ApplicantType.NATURAL_PERSON, "李秀英", "我家附近的土地用途",
                weekday(today.minusDays(12)), scope);
        requests.requestCure(d.id(), "请写明土地的具体位置（乡镇、村组）或宗地编号，以及所需文件的名称", 15,
                weekday(today.minusDays(10)), scope, "demo");
        DisclosureRequest e = register(office, ApplicantType.RESEARCH, "示范大学地方治理研究中心",
                "县政府与示范县城投公司签订的污水处理特许经营协议", weekday(today.minusDays(9)), scope);
        requests.consult(e.id(), Consultation.Kind.THIRD_PARTY, "示范县城市建设投资有限公司", weekday(today.minusDays(7)),
                weekday(today.minusDays(6)), scope, "demo");
        requests.submitOnline(new NewRequest(office, null, null, ApplicantType.NATURAL_PERSON, "张伟", "身份证",
                "990121198503150012", null, "13700001234", "zhangwei@example.cn", "示范县城关镇解放路 8 号",
                "示范县2025年城乡居民医疗救助资金使用情况", "ELECTRONIC", "EMAIL"), code);

        AnnualReport report = reports.start(unit("示范县人民政府").orElse(office), lastYear.getYear(), scope, "demo");
        reports.save(report.id(), new ReportForm("本年度，县政府坚持以公开为常态、不公开为例外，依法做好主动公开和依申请公开工作。",
                "依申请公开答复文书的规范化程度有待提高；将加强对各部门承办人员的培训。", "", 0, 0, 0, 6, 2, 48, 1260,
                310, 22, new BigDecimal("120.5"), null), scope, "demo");
    }

    private DisclosureRequest register(long unit, ApplicantType type, String name, String what, LocalDate on,
                                       ScopeFilter scope) {
        return requests.register(new NewRequest(unit, Channel.IN_PERSON, on, type, name,
                type.person() ? "身份证" : "统一社会信用代码", type.person() ? "990121199001010014" : "91990121MA0DEMO001",
                type.person() ? null : "办公室", "13800000000", null, "示范县城关镇人民路 1 号", what, "ELECTRONIC", "EMAIL"),
                scope, "demo").request();
    }

    private void reply(DisclosureRequest r, ReplyType type, WithholdGround ground, String text, LocalDate on,
                       ScopeFilter scope) {
        requests.reply(r.id(), new ReplyCommand(type, ground == null ? null : List.of(ground), type.basis(), text,
                type.withholds() ? "所申请的内容属于行政机关内部研究讨论的过程性信息" : null, null, on), scope, "demo");
    }

    private Optional<Long> unit(String name) {
        return jdbc.sql("SELECT id FROM org_unit WHERE county_code = :c AND name = :n AND status = 'ACTIVE'")
                .param("c", county.code()).param("n", name).query(Long.class).optional();
    }

    /** The day itself or the Monday after, so demo events fall on working days. */
    private LocalDate weekday(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        LocalDate today = LocalDate.now(clock);
        return d.isAfter(today) ? today : d;
    }
}
