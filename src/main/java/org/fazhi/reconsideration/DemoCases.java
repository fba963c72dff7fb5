package org.fazhi.reconsideration;

import org.fazhi.calendar.LegalCalendar;
import org.fazhi.org.CountySettings;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.DataScope;
import org.fazhi.org.OrgDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Demo records of the demo county (示范数据): a handful of reconsideration cases at different stages and two lawsuits,
 * created through the module's own services on first start, with dates relative to today, when
 * {@code fazhi.demo.enabled} and the county has no case yet. All names are fictitious.
 */
@Component
@Order(30)
class DemoCases implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

    private final ReconsiderationCases cases;
    private final Litigations litigations;
    private final OrgDirectory org;
    private final CountySettings county;
    private final LegalCalendar calendar;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final boolean enabled;
    private final Committee committee;

    DemoCases(ReconsiderationCases cases, Litigations litigations, Committee committee, OrgDirectory org,
              CountySettings county,
              LegalCalendar calendar, JdbcClient jdbc, TransactionTemplate transactions,
              @Value("${fazhi.demo.enabled:false}") boolean enabled) {
        this.cases = cases;
        this.litigations = litigations;
        this.committee = committee;
        this.org = org;
        this.county = county;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        String code = county.code();
        long existing = jdbc.sql("SELECT count(*) FROM recon_case WHERE county_code = :c").param("c", code)
                .query(Long.class).single();
        if (existing > 0 || unit("示范县市场监督管理局") == null) {
            return;
        }
        try {
            transactions.executeWithoutResult(s -> load(code));
        } catch (RuntimeException e) {
            log.warn("行政复议示范数据未能生成：{}", e.getMessage());
        }
    }

    private Long unit(String name) {
        return org.units(Offices.county(county.code()), 5000).stream().filter(u -> u.name().equals(name))
                .map(OrgDirectory.UnitRef::id).findFirst().orElse(null);
    }

    private LocalDate workingDaysAgo(int n) {
        LocalDate d = cases.today();
        int count = 0;
        while (count < n) {
            d = d.minusDays(1);
            if (calendar.isWorkingDay(d)) {
                count++;
            }
        }
        return d;
    }

    private ApplicationDraft draft(long unit, String applicant, String phone, String act, String actNumber,
                                   String actType, String field, LocalDate actDate, LocalDate received, boolean consent,
                                   BigDecimal amount) {
        return new ApplicationDraft(consent ? Channel.ONLINE : Channel.IN_PERSON, unit,
                List.of(new ApplicationDraft.PartyDraft("PERSON", applicant, null, phone, "示范县城关镇幸福路" + phone.substring(9) + "号")),
                List.of(), List.of(), "请求撤销被申请人作出的" + act, "申请人认为被申请人认定事实不清、证据不足，适用依据错误。",
                actType, actNumber, act, actDate, actDate.plusDays(2), true, false, field, amount, received, consent);
    }

    private void load(String code) {
        Actor system = Actor.system(code);
        long market = unit("示范县市场监督管理局");
        Long resources = unit("示范县自然资源局");
        Long hr = unit("示范县人力资源和社会保障局");
        long land = resources == null ? market : resources;
        long labour = hr == null ? market : hr;

        committee.add(code, "MEMBER", "吴建国", "示范县人民政府", "行政法", system);
        committee.add(code, "MEMBER", "郑丽", "示范县司法局", "行政复议", system);
        committee.add(code, "EXPERT", "冯志远", "示范大学法学院", "行政法学", system);
        committee.add(code, "EXPERT", "何律师", "示范律师事务所", "不动产与土地", system);

        // 1. 受理审查中
        LocalDate r1 = workingDaysAgo(1);
        cases.register(draft(market, "李明", "13900000001", "行政处罚决定书", "示市监罚〔" + r1.getYear() + "〕31号",
                "行政处罚", "市场监管", r1.minusDays(20), r1, true, new BigDecimal("2000")), system);

        // 2. 补正中
        LocalDate r2 = workingDaysAgo(4);
        long c2 = cases.register(draft(labour, "王芳", "13900000002", "工伤认定决定书", "示人社工认〔" + r2.getYear() + "〕8号",
                "工伤认定", "人力资源社会保障", r2.minusDays(30), r2, false, null), system).id();
        cases.act(c2, CaseAction.REQUEST_CURE, CaseCommand.on(workingDaysAgo(2))
                .withReason("1. 请提供申请人身份证明复印件；2. 请提供被申请复议的工伤认定决定书复印件；3. 请写明具体的行政复议请求。")
                .withService(ServiceMethod.POST, "EMS 1180000000002"), system);

        // 3. 普通程序审理中：已发送副本、已答复
        LocalDate r3 = workingDaysAgo(25);
        long c3 = cases.register(draft(land, "赵强", "13900000003", "责令限期拆除决定书", "示自然资责〔" + r3.getYear() + "〕5号",
                "行政强制", "自然资源", r3.minusDays(15), r3, false, null), system).id();
        cases.act(c3, CaseAction.ACCEPT, CaseCommand.on(workingDaysAgo(22)).withProcedure(Procedure.ORDINARY), system);
        cases.act(c3, CaseAction.SEND_COPY, CaseCommand.on(workingDaysAgo(19)), system);
        cases.act(c3, CaseAction.RECORD_ANSWER, CaseCommand.on(workingDaysAgo(10))
                .withReason("被申请人认为拆除决定事实清楚、程序合法，已提交现场勘验笔录等证据。"), system);

        // 4. 已决定（撤销）并结案、公开
        LocalDate r4 = workingDaysAgo(45);
        long c4 = cases.register(draft(market, "陈静", "13900000004", "行政处罚决定书", "示市监罚〔" + r4.getYear() + "〕17号",
                "行政处罚", "市场监管", r4.minusDays(25), r4, true, new BigDecimal("50000")), system).id();
        cases.act(c4, CaseAction.ACCEPT, CaseCommand.on(workingDaysAgo(42)).withProcedure(Procedure.ORDINARY), system);
        cases.act(c4, CaseAction.SEND_COPY, CaseCommand.on(workingDaysAgo(40)), system);
        cases.act(c4, CaseAction.RECORD_ANSWER, CaseCommand.on(workingDaysAgo(32)), system);
        cases.act(c4, CaseAction.DECIDE, CaseCommand.on(workingDaysAgo(12)).withDecision(DecisionType.REVOKE)
                .withReason("被申请人作出处罚决定前未依法告知申请人陈述、申辩的权利，违反《中华人民共和国行政处罚法》第四十四条，属于违反法定程序。依照《中华人民共和国行政复议法》第六十四条第一款第三项，该处罚决定应予撤销，被申请人可依法重新作出处理。"),
                system);
        cases.act(c4, CaseAction.CLOSE, CaseCommand.on(workingDaysAgo(8)), system);
        cases.publish(c4, system);

        // 5. 调解结案
        LocalDate r5 = workingDaysAgo(35);
        long c5 = cases.register(draft(land, "刘洋", "13900000005", "不动产登记行为", null, "行政确认", "自然资源",
                r5.minusDays(10), r5, false, null), system).id();
        cases.act(c5, CaseAction.ACCEPT, CaseCommand.on(workingDaysAgo(33)).withProcedure(Procedure.ORDINARY), system);
        cases.act(c5, CaseAction.SEND_COPY, CaseCommand.on(workingDaysAgo(31)), system);
        cases.act(c5, CaseAction.MEDIATE, CaseCommand.on(workingDaysAgo(15))
                .withReason("被申请人在三十日内为申请人办理宅基地使用权更正登记，申请人自愿放弃其他复议请求。"), system);

        // 6. 不予受理
        LocalDate r6 = workingDaysAgo(20);
        long c6 = cases.register(draft(market, "孙伟", "13900000006", "信访事项答复意见", null, "其他", "市场监管",
                r6.minusDays(40), r6, false, null), system).id();
        cases.act(c6, CaseAction.REJECT, CaseCommand.on(workingDaysAgo(17))
                .withReason("申请人不服的信访事项处理意见不属于《中华人民共和国行政复议法》第十一条规定的行政复议范围。"), system);

        // 7. 中止审理
        LocalDate r7 = workingDaysAgo(30);
        long c7 = cases.register(draft(market, "周敏", "13900000007", "行政许可决定", "示市监许〔" + r7.getYear() + "〕2号",
                "行政许可", "市场监管", r7.minusDays(12), r7, false, null), system).id();
        cases.act(c7, CaseAction.ACCEPT, CaseCommand.on(workingDaysAgo(27)).withProcedure(Procedure.ORDINARY), system);
        cases.act(c7, CaseAction.SEND_COPY, CaseCommand.on(workingDaysAgo(25)), system);
        cases.act(c7, CaseAction.SUSPEND, CaseCommand.on(workingDaysAgo(6)).withGround("RELATED_CASE")
                .withReason("本案需以人民法院正在审理的民事确权案件结果为依据。"), system);

        // 行政应诉
        CurrentUser demoUser = new CurrentUser(0, "system", "系统", code, market, "示范县", "/", DataScope.COUNTY,
                Set.of("ADMIN"), Set.of("reconsideration:litigation:manage"));
        long lawsuit = litigations.register(new Litigations.LawsuitDraft(market, "（" + cases.today().getYear()
                + "）示0121行初" + 12 + "号", "示范县人民法院", "FIRST", "行政处罚", "陈静",
                "请求撤销示范县市场监督管理局作出的行政处罚决定", null, workingDaysAgo(30)), demoUser);
        litigations.hearing(lawsuit, workingDaysAgo(10), "DEPUTY", "张副局长", true, demoUser);
        litigations.register(new Litigations.LawsuitDraft(land, "（" + cases.today().getYear() + "）示0121行初" + 15 + "号",
                "示范县人民法院", "FIRST", "行政强制", "赵强", "请求确认强制拆除行为违法", null, workingDaysAgo(5)), demoUser);
        litigations.addSuggestion(new Litigations.SuggestionDraft(market, lawsuit, "JUDICIAL", "示范县人民法院",
                "示法司建〔" + cases.today().getYear() + "〕3号", "建议规范行政处罚告知程序，加强执法人员程序意识培训。",
                workingDaysAgo(5), cases.today().plusMonths(2)), demoUser);
        log.info("已生成行政复议与应诉示范数据");
    }
}
