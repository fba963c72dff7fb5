package org.fazhi.tasks;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.org.CurrentUser;
import org.springframework.context.ApplicationContext;

/**
 * Records a seed county's deputies' suggestions and CPPCC proposals through the module's own assignment service
 * (种子数据：建议提案交办), so that PROPOSALS_NPC and PROPOSALS_CPPCC are counted from supervision items. Test support only.
 */
public final class TaskSeedRecords {

    private TaskSeedRecords() {
    }

    /** Assigns {@code count} suggestions ({@code npc}) or proposals to {@code leadUnitId}, assigned in spring of the year. */
    public static void proposals(ApplicationContext context, CurrentUser user, boolean npc, long leadUnitId, int year,
                                 int count) {
        Supervision supervision = context.getBean(Supervision.class);
        SupervisionKind kind = npc ? SupervisionKind.NPC_SUGGESTION : SupervisionKind.CPPCC_PROPOSAL;
        for (int i = 0; i < count; i++) {
            LocalDate assigned = LocalDate.of(year, 3, 4).plusDays(i % 60);
            String source = npc ? "县人大十九届四次会议第" + (i + 1) + "号建议" : "县政协十一届三次会议第" + (i + 1) + "号提案";
            supervision.create(new Supervision.NewItem(kind.name(),
                    (npc ? "关于改善农村公共服务的建议（第" : "关于优化营商环境的提案（第") + (i + 1) + "号）",
                    npc ? "建议加大农村道路、供水等公共服务投入。" : "建议进一步压减涉企审批环节。", source,
                    npc ? "代表" + (i + 1) : "委员" + (i + 1), null, false, assigned, null, List.of(leadUnitId),
                    List.of(), null, List.of()), user);
        }
    }
}
