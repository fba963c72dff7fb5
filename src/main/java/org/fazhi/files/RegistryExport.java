package org.fazhi.files;

import cn.idev.excel.FastExcel;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The registry of issued numbers as a spreadsheet (文号登记簿导出), one row per number. */
final class RegistryExport {

    static final int MAX_ROWS = 100_000;

    private RegistryExport() {
    }

    static byte[] xlsx(List<DocumentNumbers.IssuedNumber> numbers, Map<Long, String> unitNames,
                       Map<String, String> typeNames, Clock clock) {
        List<List<String>> head = List.of(List.of("发文字号"), List.of("代字"), List.of("年份"), List.of("顺序号"),
                List.of("发文单位"), List.of("文书类型"), List.of("取号人"), List.of("取号时间"));
        List<List<Object>> rows = new ArrayList<>();
        for (DocumentNumbers.IssuedNumber n : numbers) {
            rows.add(List.of(n.number().render(), n.number().prefix(), n.number().year(), n.number().serial(),
                    unitNames.getOrDefault(n.unitId(), Long.toString(n.unitId())),
                    typeNames.getOrDefault(n.docType(), n.docType()), n.issuedBy(),
                    FilesFormats.dateTime(n.issuedAt(), clock)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FastExcel.write(out).head(head).sheet("文号登记簿").doWrite(rows);
        return out.toByteArray();
    }
}
