package org.fazhi.disclosure;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Table 三 收到和处理政府信息公开申请情况 as numbers: one count per row and applicant-type column, plus the 总计 column, and
 * the check of the identity 一 + 二 = 三（七） + 四 for every column (国办公开办函〔2021〕30号).
 */
public final class Table3 {

    /** Columns: the six applicant types then 总计. */
    public static final int COLUMNS = ApplicantType.values().length + 1;

    private final Map<ReportRow, long[]> cells = new EnumMap<>(ReportRow.class);

    Table3() {
        for (ReportRow row : ReportRow.values()) {
            cells.put(row, new long[COLUMNS]);
        }
    }

    void add(ReportRow row, ApplicantType type, long count) {
        cells.get(row)[type.ordinal()] += count;
        cells.get(row)[COLUMNS - 1] += count;
        if (row.result()) {
            cells.get(ReportRow.TOTAL)[type.ordinal()] += count;
            cells.get(ReportRow.TOTAL)[COLUMNS - 1] += count;
        }
    }

    public long cell(ReportRow row, int column) {
        return cells.get(row)[column];
    }

    public long[] row(ReportRow row) {
        return cells.get(row).clone();
    }

    /** Columns where 一 + 二 ≠ 三（七） + 四, by index; empty when the table balances. */
    public List<Integer> unbalancedColumns() {
        List<Integer> bad = new ArrayList<>();
        for (int c = 0; c < COLUMNS; c++) {
            if (cell(ReportRow.NEW, c) + cell(ReportRow.CARRIED_IN, c) != cell(ReportRow.TOTAL, c)
                    + cell(ReportRow.CARRIED_OUT, c)) {
                bad.add(c);
            }
        }
        return bad;
    }

    public boolean balanced() {
        return unbalancedColumns().isEmpty();
    }

    /** Column headings. */
    public static List<String> headings() {
        List<String> h = new ArrayList<>();
        for (ApplicantType t : ApplicantType.values()) {
            h.add(t.label());
        }
        h.add("总计");
        return h;
    }

    /** Column key used in drill-down links: the applicant type name, or {@code TOTAL}. */
    public static String columnKey(int column) {
        return column == COLUMNS - 1 ? "TOTAL" : ApplicantType.values()[column].name();
    }
}
