package org.fazhi.reconsideration;

import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationContext;

/**
 * Records a seed county's reconsideration applications through the module's own registration service (种子数据：行政复议
 * 申请登记), so that the indicator RECON_APPLICATIONS is counted from cases, not typed into a form. Test support only.
 */
public final class ReconSeedRecords {

    private static final String[] APPLICANTS = {"阿某某", "买某某", "吐某某", "艾某某", "热某某", "王某某", "李某某", "张某某"};
    private static final String[] ACTS = {"行政处罚决定", "不予登记决定", "责令限期拆除决定", "工伤认定结论", "查封扣押决定"};
    private static final String[] ACT_TYPES = {"行政处罚", "行政登记", "行政强制", "行政确认", "行政强制"};

    private ReconSeedRecords() {
    }

    /**
     * Registers {@code count} applications against {@code respondentUnitId}, received on dates spread over {@code year}.
     *
     * @return the registered case ids
     */
    public static List<Long> applications(ApplicationContext context, String countyCode, long respondentUnitId, int year,
                                          int count, String username) {
        ReconsiderationCases cases = context.getBean(ReconsiderationCases.class);
        Actor actor = new Actor(username, countyCode, Offices.county(countyCode), true, true);
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate received = LocalDate.of(year, 1, 10).plusDays(i * 340L / Math.max(count, 1));
            String act = ACTS[i % ACTS.length];
            ApplicationDraft draft = new ApplicationDraft(Channel.IN_PERSON, respondentUnitId,
                    List.of(new ApplicationDraft.PartyDraft("PERSON", APPLICANTS[i % APPLICANTS.length], null, null, null)),
                    List.of(), List.of(), "请求撤销被申请人作出的" + act, "申请人认为该" + act + "认定事实不清、适用依据错误。",
                    ACT_TYPES[i % ACT_TYPES.length], null, "被申请人作出的" + act,
                    received.minusDays(30), received.minusDays(20), true, false, null, null, received, false);
            ids.add(cases.register(draft, actor).id());
        }
        return ids;
    }
}
