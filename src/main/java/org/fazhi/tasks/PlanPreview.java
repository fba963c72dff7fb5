package org.fazhi.tasks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A parsed plan for review (工作要点导入预览): nothing of it is saved. Names that need a person's decision are listed in
 * {@link #review()}; dated requirements and targets are only proposals.
 */
public record PlanPreview(String title, Integer year, LocalDate issuedOn, int partCount, int taskCount,
                          LocalDate proposedDefaultDue, List<PartView> parts, List<ReviewName> review,
                          List<Collective> collectives, int proposalCount) {

    public record PartView(int seq, String title, List<TaskView> tasks) {
        /** 一, 二 … as the heading prints it. */
        public String numeral() {
            return Numerals.chinese(seq);
        }
    }

    public record TaskView(int number, String title, String body, List<NameView> leads, List<NameView> responsible,
                           List<ProposalView> proposals) {
    }

    /** A printed unit name and how it was resolved. */
    public record NameView(String name, String status, String statusLabel, List<UnitView> units) {
    }

    public record UnitView(long id, String name) {
    }

    /** A name that needs review, the tasks it appears in and the units proposed for it. */
    public record ReviewName(String name, String status, String statusLabel, List<UnitView> candidates,
                             List<Integer> tasks) {
    }

    /** A collective phrase and the units it was expanded to. */
    public record Collective(String name, String meaning, int unitCount, List<UnitView> units) {
    }

    /**
     * A proposed requirement; {@code index} identifies it within its task for the confirmation.
     */
    public record ProposalView(int index, String kind, String kindLabel, String phrase, String sentence,
                               LocalDate date, BigDecimal value, String unitWord) {
    }
}
