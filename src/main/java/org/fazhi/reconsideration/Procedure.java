package org.fazhi.reconsideration;

import org.fazhi.calendar.StatutoryPeriod;

/** 审理程序: simple (简易, 第五十三条) or ordinary (普通, 第四十八条). Each has its own copy, reply and decision periods. */
public enum Procedure {
    SIMPLE("简易程序", StatutoryPeriod.RECONSIDERATION_SIMPLE_COPY, StatutoryPeriod.RECONSIDERATION_SIMPLE_ANSWER,
            StatutoryPeriod.RECONSIDERATION_SIMPLE_DECISION),
    ORDINARY("普通程序", StatutoryPeriod.RECONSIDERATION_COPY_TO_RESPONDENT,
            StatutoryPeriod.RECONSIDERATION_RESPONDENT_ANSWER, StatutoryPeriod.RECONSIDERATION_DECISION);

    private final String label;
    private final StatutoryPeriod copy;
    private final StatutoryPeriod answer;
    private final StatutoryPeriod decision;

    Procedure(String label, StatutoryPeriod copy, StatutoryPeriod answer, StatutoryPeriod decision) {
        this.label = label;
        this.copy = copy;
        this.answer = answer;
        this.decision = decision;
    }

    public String label() {
        return label;
    }

    StatutoryPeriod copyPeriod() {
        return copy;
    }

    StatutoryPeriod answerPeriod() {
        return answer;
    }

    StatutoryPeriod decisionPeriod() {
        return decision;
    }
}
