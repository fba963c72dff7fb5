package org.fazhi.org.imports;

import java.util.List;

/**
 * The outcome of one upload (导入结果): either every row imported under {@code batchId}, or nothing imported and the
 * problems listed row by row.
 *
 * @param rows          data rows read from the sheet
 * @param duplicateFile the same file was imported before, so nothing was done
 */
public record ImportReport(String kind, String fileName, int rows, List<RowError> errors, Long batchId,
                           boolean duplicateFile) {

    public ImportReport {
        errors = List.copyOf(errors);
    }

    /**
     * One problem.
     *
     * @param row    the Excel row number (the header is row 1), 0 for a problem with the whole file
     * @param column the column heading, or empty
     */
    public record RowError(int row, String column, String message) {
    }

    public boolean imported() {
        return batchId != null && errors.isEmpty();
    }

    static ImportReport rejected(String kind, String fileName, int rows, List<RowError> errors) {
        return new ImportReport(kind, fileName, rows, errors, null, false);
    }
}
