package org.fazhi.org.imports;

import org.fazhi.org.imports.ImportReport.RowError;

import java.time.ZoneId;
import java.util.List;

/**
 * An uploaded import file after the checks both imports start with (导入文件预检): file type and size, the same file
 * not imported before (by SHA-256), the required headings present, at least one data row. Either {@link #rejection}
 * is set and nothing is imported, or {@link #sheet} holds the rows to validate.
 *
 * @param hash      the file's SHA-256, recorded with the batch so a re-upload is recognised
 * @param sheet     the parsed rows, {@code null} when rejected
 * @param rejection the report to return at once, {@code null} when the rows may be validated
 */
record ImportFile<T>(String hash, SheetReader.Sheet<T> sheet, ImportReport rejection) {

    /**
     * @param templateName the template's Chinese name for the missing-heading message, e.g. {@code 单位导入模板}
     */
    static <T> ImportFile<T> open(String kind, String templateName, String fileName, byte[] bytes, String county,
                                  ImportBatches batches, Class<T> rowType, String[] required, ZoneId zone) {
        SheetReader.checkFile(fileName, bytes);
        String hash = ImportSupport.sha256(bytes);
        var previous = batches.find(county, kind, hash);
        if (previous.isPresent()) {
            return new ImportFile<>(hash, null, ImportSupport.duplicateFile(kind, fileName, previous.get(), zone));
        }
        SheetReader.Sheet<T> sheet = SheetReader.read(bytes, rowType, required);
        if (!sheet.missingHeadings().isEmpty()) {
            return new ImportFile<>(hash, null, ImportReport.rejected(kind, fileName, 0, List.of(new RowError(1,
                    String.join("、", sheet.missingHeadings()), "表头缺少“" + String.join("”“", sheet.missingHeadings())
                    + "”列，请使用下载的" + templateName))));
        }
        if (sheet.rows().isEmpty()) {
            return new ImportFile<>(hash, null,
                    ImportReport.rejected(kind, fileName, 0, List.of(new RowError(0, "", "文件中没有数据行"))));
        }
        return new ImportFile<>(hash, sheet, null);
    }
}
