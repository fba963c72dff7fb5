package org.fazhi.review;

import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.write.style.column.LongestMatchColumnWidthStyleStrategy;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The review module's xlsx exports (导出): one or more sheets, each a heading row and text cells. Cells are written as
 * strings, never as formulas, so text from a submission cannot run in the reader's spreadsheet.
 */
final class ReviewSheets {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    /** An export never loads more rows than this (DESIGN: lists are bounded). */
    static final int MAX_ROWS = 5_000;

    private ReviewSheets() {
    }

    /** One sheet of a workbook. */
    record Sheet(String name, List<String> head, List<List<Object>> rows) {
    }

    static byte[] write(List<Sheet> sheets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExcelWriter writer = FastExcel.write(out).registerWriteHandler(new LongestMatchColumnWidthStyleStrategy()).build()) {
            for (int i = 0; i < sheets.size(); i++) {
                Sheet sheet = sheets.get(i);
                writer.write(sheet.rows(), FastExcel.writerSheet(i, sheet.name())
                        .head(sheet.head().stream().map(List::of).toList()).build());
            }
        }
        return out.toByteArray();
    }

    static ResponseEntity<byte[]> download(String fileName, byte[] bytes) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache").body(bytes);
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
