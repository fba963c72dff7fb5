package org.fazhi.disclosure;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A 政府信息公开工作年度报告 being written or published: the narrative sections, the Table 二 figures reported by the unit,
 * its deadline (第四十九条: departments 1月31日, governments 3月31日) and the generated document.
 */
public record AnnualReport(long id, String countyCode, long unitId, int year, Level level, String status, LocalDate due,
                           String overview, String problems, String otherMatters, int rulesMade, int rulesAbolished,
                           int rulesInForce, int normdocsMade, int normdocsAbolished, int normdocsInForce, int licences,
                           int penalties, int coercions, BigDecimal chargesWan, @Nullable Long documentId,
                           @Nullable LocalDate publishedOn, int version) {

    public enum Level {
        DEPARTMENT("政府部门", "《中华人民共和国政府信息公开条例》第四十九条第一款（每年1月31日前）"),
        GOVERNMENT("人民政府", "《中华人民共和国政府信息公开条例》第四十九条第二款（每年3月31日前）");

        private final String label;
        private final String citation;

        Level(String label, String citation) {
            this.label = label;
            this.citation = citation;
        }

        public String label() {
            return label;
        }

        public String citation() {
            return citation;
        }

        /** The statutory day of the year after the report year. */
        public LocalDate due(int year) {
            return this == DEPARTMENT ? LocalDate.of(year + 1, 1, 31) : LocalDate.of(year + 1, 3, 31);
        }
    }

    public boolean published() {
        return "PUBLISHED".equals(status);
    }
}
