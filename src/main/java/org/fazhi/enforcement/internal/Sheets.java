package org.fazhi.enforcement.internal;

import cn.idev.excel.FastExcel;
import cn.idev.excel.context.AnalysisContext;
import cn.idev.excel.event.AnalysisEventListener;
import cn.idev.excel.exception.ExcelAnalysisException;
import cn.idev.excel.write.style.column.SimpleColumnWidthStyleStrategy;
import org.fazhi.shared.BusinessException;
import org.jspecify.annotations.Nullable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Spreadsheets of the registries (登记表格): one heading row, then data; read by heading name so that columns may be
 * in any order, written with the same headings so that an export can be edited and imported again. Checks the file
 * before parsing (xlsx only, at most 5 MB and 5000 rows), as the organisation imports do.
 */
public final class Sheets {

    static final int MAX_ROWS = 5000;
    static final long MAX_BYTES = 5L * 1024 * 1024;

    private Sheets() {
    }

    /** A data row by heading, with its Excel row number (the heading is row 1). */
    public record Row(int number, Map<String, String> cells) {

        public @Nullable String text(String heading) {
            String v = cells.get(heading);
            return v == null || v.isBlank() ? null : v.trim();
        }

        public @Nullable LocalDate date(String heading, List<RecordRules.FieldError> errors) {
            String v = text(heading);
            if (v == null) {
                return null;
            }
            try {
                return LocalDate.parse(normalizeDate(v));
            } catch (DateTimeParseException e) {
                errors.add(new RecordRules.FieldError(heading, heading + "“" + v + "”不是日期，请写成 2025-03-01"));
                return null;
            }
        }

        public @Nullable BigDecimal decimal(String heading, List<RecordRules.FieldError> errors) {
            String v = text(heading);
            if (v == null) {
                return null;
            }
            try {
                return new BigDecimal(v.replace(",", ""));
            } catch (NumberFormatException e) {
                errors.add(new RecordRules.FieldError(heading, heading + "“" + v + "”不是数字"));
                return null;
            }
        }

        public @Nullable Boolean yesNo(String heading, List<RecordRules.FieldError> errors) {
            String v = text(heading);
            if (v == null) {
                return null;
            }
            return switch (v) {
                case "是", "Y", "y", "TRUE", "true" -> true;
                case "否", "N", "n", "FALSE", "false" -> false;
                default -> {
                    errors.add(new RecordRules.FieldError(heading, heading + "应填“是”或“否”"));
                    yield null;
                }
            };
        }
    }

    private static String normalizeDate(String v) {
        String[] parts = v.replace('/', '-').replace('.', '-').replace("年", "-").replace("月", "-").replace("日", "")
                .split("-");
        if (parts.length != 3) {
            throw new DateTimeParseException("bad date", v, 0);
        }
        try {
            return String.format(Locale.ROOT, "%04d-%02d-%02d", Integer.parseInt(parts[0].trim()),
                    Integer.parseInt(parts[1].trim()), Integer.parseInt(parts[2].trim()));
        } catch (NumberFormatException e) {
            throw new DateTimeParseException("bad date", v, 0);
        }
    }

    /** Reads the first sheet; refuses a file whose heading row lacks one of {@code required}. */
    public static List<Row> read(@Nullable String fileName, byte[] bytes, List<String> required) {
        if (bytes.length == 0) {
            throw BusinessException.invalid("请选择要上传的文件");
        }
        if (bytes.length > MAX_BYTES) {
            throw BusinessException.invalid("文件超过5MB，请拆分后分批导入");
        }
        boolean zip = bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        if (fileName == null || !fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx") || !zip) {
            throw BusinessException.invalid("只能上传 .xlsx 格式的 Excel 文件，请使用下载的模板");
        }
        List<Row> rows = new ArrayList<>();
        Map<Integer, String> headings = new HashMap<>();
        try {
            FastExcel.read(new ByteArrayInputStream(bytes), new AnalysisEventListener<Map<Integer, String>>() {
                @Override
                public void invokeHeadMap(Map<Integer, String> head, AnalysisContext context) {
                    head.forEach((k, v) -> headings.put(k, v == null ? "" : v.trim()));
                    List<String> missing = required.stream().filter(h -> !headings.containsValue(h)).toList();
                    if (!missing.isEmpty()) {
                        throw BusinessException.invalid("表格缺少以下列：" + String.join("、", missing) + "，请使用下载的模板");
                    }
                }

                @Override
                public void invoke(Map<Integer, String> data, AnalysisContext context) {
                    if (rows.size() >= MAX_ROWS) {
                        throw BusinessException.invalid("单个文件最多导入" + MAX_ROWS + "行，请拆分后分批导入");
                    }
                    Map<String, String> cells = new HashMap<>();
                    data.forEach((k, v) -> {
                        String h = headings.get(k);
                        if (h != null && v != null) {
                            cells.put(h, v);
                        }
                    });
                    if (cells.values().stream().anyMatch(v -> !v.isBlank())) {
                        rows.add(new Row(context.readRowHolder().getRowIndex() + 1, cells));
                    }
                }

                @Override
                public void doAfterAllAnalysed(AnalysisContext context) {
                    // the caller checks all rows together
                }
            }).sheet(0).headRowNumber(1).doRead();
        } catch (ExcelAnalysisException e) {
            if (e.getCause() instanceof BusinessException business) {
                throw business;
            }
            throw BusinessException.invalid("无法读取该 Excel 文件，请确认文件未损坏并使用下载的模板");
        } catch (BusinessException e) {
            throw e;
        } catch (RuntimeException e) {
            throw BusinessException.invalid("无法读取该 Excel 文件，请确认文件未损坏并使用下载的模板");
        }
        if (rows.isEmpty()) {
            throw BusinessException.invalid("表格中没有数据行");
        }
        return rows;
    }

    /** Writes one sheet with the headings and rows (cells as text), plus a sheet of notes when given. */
    public static byte[] write(String sheetName, List<String> headings, List<List<String>> rows, List<String> notes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var writer = FastExcel.write(out).build()) {
            writer.write(rows, FastExcel.writerSheet(0, sheetName)
                    .head(headings.stream().map(List::of).toList())
                    .registerWriteHandler(new SimpleColumnWidthStyleStrategy(22)).build());
            if (!notes.isEmpty()) {
                writer.write(notes.stream().map(List::of).toList(), FastExcel.writerSheet(1, "填写说明")
                        .head(List.of(List.of("填写说明")))
                        .registerWriteHandler(new SimpleColumnWidthStyleStrategy(100)).build());
            }
        }
        return out.toByteArray();
    }
}
