package org.fazhi.tasks;

import org.fazhi.worklist.Light;

import java.time.LocalDate;

/**
 * A supervision item as pages and the API show it (督办事项).
 *
 * @param leadUnits    names of the lead (主办/牵头) units, joined with 、
 * @param supportCount number of co-handling (协办/责任) units
 * @param light        deadline light today (GREY once closed)
 * @param remaining    working days left (0 when due today or overdue)
 */
public record Item(long id, String countyCode, long unitId, String kindCode, String kindLabel, Long planId,
                   Long partId, Long parentId, Integer taskNo, String title, String body, String sourceRef,
                   String proposer, String findingRef, boolean complex, LocalDate assignedOn, LocalDate dueDate,
                   String dueCitation, String dueExplanation, ItemState state, LocalDate pausedOn, int pausedDays,
                   String resultText, LocalDate closedOn, Boolean closedLate, String satisfaction,
                   String satisfactionNote, int version, String leadUnits, int supportCount, Light light,
                   int remaining) {

    public String stateLabel() {
        return state.label();
    }

    public boolean overdue() {
        return light == Light.RED;
    }

    public String satisfactionLabel() {
        return satisfaction == null ? "" : switch (satisfaction) {
            case "SATISFIED" -> "满意";
            case "BASICALLY" -> "基本满意";
            default -> "不满意";
        };
    }

    /** 任务3 or the source reference, for lists. */
    public String reference() {
        if (taskNo != null) {
            return "任务" + taskNo;
        }
        return sourceRef == null ? "#" + id : sourceRef;
    }
}
