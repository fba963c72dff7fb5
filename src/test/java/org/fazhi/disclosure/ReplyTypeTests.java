package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Reply types → Table 三 rows (rules-digest §2b) and the merged headings of the table. */
class ReplyTypeTests {

    @Test
    void eachReplyTypeLandsInItsRow() {
        assertThat(ReplyType.ALREADY_PUBLIC.row(null)).isEqualTo(ReportRow.OPEN);
        assertThat(ReplyType.DISCLOSED.row(null)).isEqualTo(ReportRow.OPEN);
        assertThat(ReplyType.PARTIAL.row(WithholdGround.THIRD_PARTY)).isEqualTo(ReportRow.PARTIAL);
        assertThat(ReplyType.WITHHELD.row(WithholdGround.STATE_SECRET)).isEqualTo(ReportRow.DENY_SECRET);
        assertThat(ReplyType.WITHHELD.row(WithholdGround.CASE_FILE)).isEqualTo(ReportRow.DENY_CASE_FILE);
        assertThat(ReplyType.NOT_HELD.row(null)).isEqualTo(ReportRow.UNABLE_NOT_HELD);
        assertThat(ReplyType.NEEDS_PROCESSING.row(null)).isEqualTo(ReportRow.UNABLE_PROCESSING);
        assertThat(ReplyType.STILL_UNCLEAR.row(null)).isEqualTo(ReportRow.UNABLE_UNCLEAR);
        assertThat(ReplyType.PETITION.row(null)).isEqualTo(ReportRow.NOT_PROCESSED_PETITION);
        assertThat(ReplyType.REPEAT.row(null)).isEqualTo(ReportRow.NOT_PROCESSED_REPEAT);
        assertThat(ReplyType.PUBLICATION.row(null)).isEqualTo(ReportRow.NOT_PROCESSED_PUBLICATION);
        assertThat(ReplyType.EXCESSIVE.row(null)).isEqualTo(ReportRow.NOT_PROCESSED_EXCESSIVE);
        assertThat(ReplyType.CONFIRM_OR_REISSUE.row(null)).isEqualTo(ReportRow.NOT_PROCESSED_CONFIRM);
        assertThatThrownBy(() -> ReplyType.WITHHELD.row(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Arrays.stream(ReplyType.values()).filter(ReplyType::withholds))
                .containsExactly(ReplyType.PARTIAL, ReplyType.WITHHELD);
    }

    @Test
    void everyResultRowIsReachableByAReplyAGroundOrAClosure() {
        Set<ReportRow> reachable = EnumSet.of(ReportRow.OTHER_NOT_CURED, ReportRow.OTHER_FEE_UNPAID, ReportRow.OTHER);
        for (ReplyType t : ReplyType.values()) {
            if (t == ReplyType.WITHHELD) {
                Arrays.stream(WithholdGround.values()).forEach(g -> reachable.add(t.row(g)));
            } else {
                reachable.add(t.row(WithholdGround.THIRD_PARTY));
            }
        }
        assertThat(reachable).containsExactlyInAnyOrderElementsOf(ReportRow.results());
    }

    @Test
    void mergedHeadingsSpanTheirRows() {
        assertThat(ReportRow.OPEN.groupSpan()).isEqualTo(2);
        assertThat(ReportRow.PARTIAL.groupSpan()).isZero();
        assertThat(ReportRow.DENY_SECRET.groupSpan()).isEqualTo(8);
        assertThat(ReportRow.UNABLE_NOT_HELD.groupSpan()).isEqualTo(3);
        assertThat(ReportRow.NOT_PROCESSED_PETITION.groupSpan()).isEqualTo(5);
        assertThat(ReportRow.OTHER_NOT_CURED.groupSpan()).isEqualTo(3);
        assertThat(ReportRow.NEW.groupSpan()).isZero();
        assertThat(Arrays.stream(ReportRow.values()).mapToInt(ReportRow::groupSpan).sum()
                + Arrays.stream(ReportRow.values()).filter(r -> r.group() == null).count())
                .isEqualTo(ReportRow.values().length);
        Set<String> groups = Arrays.stream(ReportRow.values()).map(ReportRow::group).filter(g -> g != null)
                .collect(Collectors.toSet());
        assertThat(groups).contains("（三）不予公开", "（六）其他处理");
    }
}
