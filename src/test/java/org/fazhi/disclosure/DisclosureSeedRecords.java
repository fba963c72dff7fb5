package org.fazhi.disclosure;

import java.time.LocalDate;

import org.fazhi.org.ScopeFilter;
import org.springframework.context.ApplicationContext;

/**
 * Records a seed county's applications for government information through the module's own registration service
 * (种子数据：依申请公开登记), so that DISCLOSURE_REQUESTS is counted from requests. Test support only.
 */
public final class DisclosureSeedRecords {

    private static final String[] SUBJECTS = {"征地补偿安置方案", "建设项目环境影响评价批复", "财政预决算", "行政处罚决定书",
            "城乡规划许可", "涉农资金发放明细"};

    private DisclosureSeedRecords() {
    }

    /** Registers {@code count} applications handled by {@code unitId}, received on dates spread over {@code year}. */
    public static void requests(ApplicationContext context, ScopeFilter scope, long unitId, int year, int count,
                                String username) {
        DisclosureRequests requests = context.getBean(DisclosureRequests.class);
        for (int i = 0; i < count; i++) {
            LocalDate received = LocalDate.of(year, 1, 5).plusDays(i * 350L / Math.max(count, 1));
            requests.register(new NewRequest(unitId, Channel.REGISTERED_POST, received, ApplicantType.LEGAL_SERVICE,
                    "山东某律师事务所", "统一社会信用代码", "31370000MD0" + String.format("%07d", i), "经办律师",
                    "0539-6200" + String.format("%03d", i), null, "临沭县某路" + (i + 1) + "号",
                    "申请公开" + (year - 1) + "年度" + SUBJECTS[i % SUBJECTS.length] + "（第" + (i + 1) + "件）", "ELECTRONIC",
                    "EMAIL"), scope, username);
        }
    }
}
