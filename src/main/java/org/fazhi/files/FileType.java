package org.fazhi.files;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A file type accepted as an attachment (允许上传的文件类型). A file is accepted only when its extension and its content
 * (magic bytes, and for Office/OFD containers the parts inside) name the same type, so a renamed executable or an
 * archive posing as a PDF is refused (DESIGN §7 upload type checks).
 *
 * <p>Plain ZIP archives are deliberately not accepted: their content cannot be checked, they can carry anything, and
 * case files must be readable by a reviewer without unpacking; evidence is uploaded file by file.
 */
public enum FileType {
    /** PDF 文档. */
    PDF("application/pdf", "pdf"),
    /** Word 文档（docx）. */
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    /** Excel 表格（xlsx）. */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    /** Word 97-2003 文档（doc）. */
    DOC("application/msword", "doc"),
    /** Excel 97-2003 表格（xls）. */
    XLS("application/vnd.ms-excel", "xls"),
    /** 版式文档 OFD (GB/T 33190-2016), the national fixed-layout format. */
    OFD("application/ofd", "ofd"),
    /** JPEG 图片. */
    JPEG("image/jpeg", "jpg", "jpeg"),
    /** PNG 图片. */
    PNG("image/png", "png");

    private final String mediaType;
    private final List<String> extensions;

    FileType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    public List<String> extensions() {
        return extensions;
    }

    /** The type a file name claims by its extension, if it is an accepted one. */
    public static Optional<FileType> byFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.extensions.contains(extension)).findFirst();
    }

    /** All accepted extensions, for messages and the upload form's {@code accept} attribute. */
    public static List<String> allExtensions() {
        return Arrays.stream(values()).flatMap(t -> t.extensions.stream()).toList();
    }
}
