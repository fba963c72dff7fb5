package org.fazhi.tasks;

import java.time.LocalDate;
import java.util.List;

/**
 * A work plan as read from its published text (工作要点文本解析结果), before any unit is matched or anything is saved.
 *
 * @param title    the plan's title line, e.g. 沙坡头区法治政府建设2024年工作要点
 * @param year     the plan year found in the title, or {@code null}
 * @param issuedOn the issuing date found in the header (成文日期), or {@code null}
 * @param preamble text between the title and the first part (总体要求)
 * @param parts    parts in order, each with its tasks
 * @param closing  text after the last task
 */
public record PlanText(String title, Integer year, LocalDate issuedOn, String preamble, List<Part> parts,
                       String closing) {

    /** A part (一、强化法治政府建设组织领导). */
    public record Part(int seq, String title, List<Task> tasks) {
    }

    /**
     * A numbered task.
     *
     * @param number      the task number as printed (1, 2 … 36)
     * @param title       the first sentence, without its full stop
     * @param body        the rest of the text, without the unit parenthesis
     * @param leadNames   牵头单位 as printed
     * @param otherNames  责任单位 as printed
     * @param proposals   dated requirements and targets found in the text
     */
    public record Task(int number, String title, String body, List<String> leadNames, List<String> otherNames,
                       List<Proposal> proposals) {
    }

    /** What a phrase in the text proposes (待确认的时限或目标). */
    public enum ProposalKind {
        /** a date by which something must be done (3月1日前). */
        DEADLINE,
        /** a minimum count (至少2次). */
        COUNT,
        /** a minimum number of hours (不少于60学时). */
        HOURS,
        /** a rate (100%). */
        RATE
    }

    /**
     * One dated requirement or measurable target proposed for confirmation.
     *
     * @param kind     deadline or target kind
     * @param phrase   the phrase found (3月1日前)
     * @param sentence the sentence it stands in, to show what it applies to
     * @param date     the proposed date for a deadline, {@code null} when the plan year is unknown or for targets
     * @param value    the proposed target value (2, 60, 100), {@code null} for deadlines
     * @param unitWord the measure word (次, 学时, %), {@code null} for deadlines
     */
    public record Proposal(ProposalKind kind, String phrase, String sentence, LocalDate date, Integer value,
                           String unitWord) {
    }

    public int taskCount() {
        return parts.stream().mapToInt(p -> p.tasks().size()).sum();
    }
}
