package org.fazhi.org.web;

import cn.idev.excel.FastExcel;
import cn.idev.excel.write.style.column.LongestMatchColumnWidthStyleStrategy;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes list exports and import templates as xlsx (fastexcel) with a Chinese file name. */
public final class Xlsx {

    public static final MediaType MEDIA_TYPE =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** Rows an export may contain: lists never load unbounded rows (DESIGN §8). */
    public static final int MAX_EXPORT_ROWS = 10_000;

    private Xlsx() {
    }

    /** A sheet with one header row and the given rows. */
    public static ResponseEntity<byte[]> download(String fileName, String sheet, List<String> head,
                                                  List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FastExcel.write(out).head(head.stream().map(List::of).toList())
                .registerWriteHandler(new LongestMatchColumnWidthStyleStrategy())
                .sheet(sheet).doWrite(rows);
        return attachment(fileName, out.toByteArray());
    }

    /** A template or export written from annotated row beans. */
    public static <T> ResponseEntity<byte[]> download(String fileName, String sheet, Class<T> type, List<T> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FastExcel.write(out, type).registerWriteHandler(new LongestMatchColumnWidthStyleStrategy())
                .sheet(sheet).doWrite(rows);
        return attachment(fileName, out.toByteArray());
    }

    /** An xlsx download of bytes already written. */
    public static ResponseEntity<byte[]> attachment(String fileName, byte[] bytes) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .contentType(MEDIA_TYPE)
                .body(bytes);
    }
}
