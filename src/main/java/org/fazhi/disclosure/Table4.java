package org.fazhi.disclosure;

import java.util.List;

/**
 * Table 四 政府信息公开行政复议、行政诉讼情况: 15 numbers — 行政复议, 未经复议直接起诉, 复议后起诉, each
 * {结果维持, 结果纠正, 其他结果, 尚未审结, 总计}.
 */
public record Table4(long[] cells) {

    public enum Kind {
        RECONSIDERATION("行政复议"),
        LAWSUIT_DIRECT("行政诉讼·未经复议直接起诉"),
        LAWSUIT_AFTER_RECONSIDERATION("行政诉讼·复议后起诉");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Outcome {
        MAINTAINED("结果维持"), CORRECTED("结果纠正"), OTHER("其他结果"), PENDING("尚未审结");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static final List<String> SUB_HEADINGS = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");

    public long cell(Kind kind, int column) {
        return cells[kind.ordinal() * 5 + column];
    }
}
