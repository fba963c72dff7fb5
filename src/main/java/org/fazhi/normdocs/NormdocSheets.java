package org.fazhi.normdocs;

import cn.idev.excel.FastExcel;
import cn.idev.excel.write.style.column.LongestMatchColumnWidthStyleStrategy;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** xlsx exports of the module (导出): a heading row and text cells, never formulas. */
final class NormdocSheets {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private NormdocSheets() {
    }

    static ResponseEntity<byte[]> download(String fileName, String sheet, List<String> head, List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FastExcel.write(out).head(head.stream().map(List::of).toList())
                .registerWriteHandler(new LongestMatchColumnWidthStyleStrategy()).sheet(sheet).doWrite(rows);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache").body(out.toByteArray());
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
