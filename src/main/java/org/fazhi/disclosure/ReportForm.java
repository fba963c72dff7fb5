package org.fazhi.disclosure;

import java.math.BigDecimal;
import org.fazhi.shared.BusinessException;

/** What the report editor saves: the narrative sections and the Table 二 figures reported by the unit. */
public record ReportForm(String overview, String problems, String otherMatters, int rulesMade, int rulesAbolished,
                         int rulesInForce, int normdocsMade, int normdocsAbolished, int normdocsInForce, int licences,
                         int penalties, int coercions, BigDecimal chargesWan, Integer version) {

    public ReportForm {
        overview = overview == null ? "" : overview.strip();
        problems = problems == null ? "" : problems.strip();
        otherMatters = otherMatters == null ? "" : otherMatters.strip();
        chargesWan = chargesWan == null ? BigDecimal.ZERO : chargesWan;
    }

    void check() {
        for (int v : new int[]{rulesMade, rulesAbolished, rulesInForce, normdocsMade, normdocsAbolished, normdocsInForce,
                licences, penalties, coercions}) {
            if (v < 0 || v > 10_000_000) {
                throw BusinessException.invalid("表二的件数应为 0 至 10000000 之间的整数");
            }
        }
        if (chargesWan.signum() < 0 || chargesWan.scale() > 4) {
            throw BusinessException.invalid("行政事业性收费金额（万元）不能为负数，最多 4 位小数");
        }
        if (overview.length() > 20000 || problems.length() > 20000 || otherMatters.length() > 20000) {
            throw BusinessException.invalid("每一部分不超过 20000 字");
        }
    }
}
