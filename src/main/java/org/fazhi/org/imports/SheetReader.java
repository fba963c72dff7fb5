package org.fazhi.org.imports;

import cn.idev.excel.FastExcel;
import cn.idev.excel.context.AnalysisContext;
import cn.idev.excel.event.AnalysisEventListener;
import cn.idev.excel.exception.ExcelAnalysisException;
import org.fazhi.shared.BusinessException;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Reads the first sheet of an uploaded xlsx into row beans, keeping each row's Excel row number. */
final class SheetReader {

    static final int MAX_ROWS = 5000;
    static final long MAX_BYTES = 5L * 1024 * 1024;

    private SheetReader() {
    }

    /** A data row and its Excel row number (the header is row 1). */
    record Numbered<T>(int row, T value) {
    }

    /** The rows read, or the headings that are missing. */
    record Sheet<T>(List<Numbered<T>> rows, List<String> missingHeadings) {
    }

    /** Rejects what is not an xlsx file of acceptable size before any parsing. */
    static void checkFile(String fileName, byte[] bytes) {
        if (bytes.length == 0) {
            throw BusinessException.invalid("请选择要上传的文件");
        }
        if (bytes.length > MAX_BYTES) {
            throw BusinessException.invalid("文件超过5MB，请拆分后分批导入");
        }
        boolean zip = bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        if (fileName == null || !fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") || !zip) {
            throw BusinessException.invalid("只能上传 .xlsx 格式的 Excel 文件，请使用下载的模板");
        }
    }

    static <T> Sheet<T> read(byte[] bytes, Class<T> type, String[] required) {
        List<Numbered<T>> rows = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        try {
            FastExcel.read(new ByteArrayInputStream(bytes), type, new AnalysisEventListener<T>() {
                @Override
                public void invokeHeadMap(Map<Integer, String> head, AnalysisContext context) {
                    Collection<String> headings = head.values().stream()
                            .map(h -> h == null ? "" : h.trim()).toList();
                    for (String heading : required) {
                        if (!headings.contains(heading)) {
                            missing.add(heading);
                        }
                    }
                }

                @Override
                public void invoke(T row, AnalysisContext context) {
                    if (rows.size() >= MAX_ROWS) {
                        throw BusinessException.invalid("单个文件最多导入" + MAX_ROWS + "行，请拆分后分批导入");
                    }
                    rows.add(new Numbered<>(context.readRowHolder().getRowIndex() + 1, row));
                }

                @Override
                public void doAfterAllAnalysed(AnalysisContext context) {
                    // Nothing to flush: the caller validates all rows together.
                }
            }).sheet(0).doRead();
        } catch (ExcelAnalysisException e) {
            if (e.getCause() instanceof BusinessException business) {
                throw business;
            }
            throw BusinessException.invalid("无法读取该 Excel 文件，请确认文件未损坏并使用下载的模板");
        } catch (RuntimeException e) {
            if (e instanceof BusinessException business) {
                throw business;
            }
            throw BusinessException.invalid("无法读取该 Excel 文件，请确认文件未损坏并使用下载的模板");
        }
        return new Sheet<>(rows, missing);
    }
}
