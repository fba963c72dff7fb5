package org.fazhi.org.imports;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Parsing of yes/no cells, file fingerprints and the duplicate-file message shared by both imports. */
final class ImportSupport {

    private static final List<String> YES = List.of("是", "y", "yes", "1", "true", "√");
    private static final List<String> NO = List.of("否", "n", "no", "0", "false", "×");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ImportSupport() {
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code true}/{@code false} for a yes/no cell (blank is no), empty when the cell says something else. */
    static Optional<Boolean> yesNo(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(false);
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (YES.contains(v)) {
            return Optional.of(true);
        }
        return NO.contains(v) ? Optional.of(false) : Optional.empty();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static ImportReport duplicateFile(String kind, String fileName, ImportBatches.Previous previous, ZoneId zone) {
        return new ImportReport(kind, fileName, 0, List.of(new ImportReport.RowError(0, "",
                "该文件已于" + TIME.format(previous.at().atZone(zone)) + "由" + previous.by() + "导入（批次号"
                        + previous.id() + "），不能重复导入；如需修改，请在列表中逐条编辑")), null, true);
    }
}
