package org.fazhi.tasks;

import org.fazhi.calendar.StatutoryPeriod;

import java.util.Optional;

/**
 * The built-in kinds of supervision item (督办事项类别). A county may add its own in {@code task_kind}; those carry a
 * default period and its basis there.
 */
public enum SupervisionKind {
    /** 工作要点任务: deadline as the plan states it, confirmed on import. */
    PLAN_TASK("工作要点任务", null),
    /** 领导批示件: deadline as the instruction sets it. */
    LEADER_INSTRUCTION("领导批示件", null),
    /** 人大代表建议: 3 months from assignment, 6 for broad or difficult ones (代表法第五十一条). */
    NPC_SUGGESTION("人大代表建议", StatutoryPeriod.NPC_SUGGESTION_REPLY),
    /** 政协提案: 3 months from assignment, at the latest 6 (local rules, digest §9). */
    CPPCC_PROPOSAL("政协提案", StatutoryPeriod.CPPCC_PROPOSAL_REPLY),
    /** 督察、考核、巡察发现问题的整改: deadline as the rectification notice sets it. */
    RECTIFICATION("整改问题", null);

    private final String label;
    private final StatutoryPeriod period;

    SupervisionKind(String label, StatutoryPeriod period) {
        this.label = label;
        this.period = period;
    }

    public String label() {
        return label;
    }

    /** The statutory answering period, for 建议 and 提案. */
    public Optional<StatutoryPeriod> period() {
        return Optional.ofNullable(period);
    }

    /** Whether the proposer's satisfaction (满意度) is asked after the answer. */
    public boolean asksSatisfaction() {
        return this == NPC_SUGGESTION || this == CPPCC_PROPOSAL;
    }

    public static Optional<SupervisionKind> of(String code) {
        for (SupervisionKind kind : values()) {
            if (kind.name().equals(code)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
