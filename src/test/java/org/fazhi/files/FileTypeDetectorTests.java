package org.fazhi.files;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Recognising a file's type from its content, not its name (DESIGN §7 upload type checks). */
class FileTypeDetectorTests {

    @TempDir
    Path dir;

    @Test
    void recognisesEveryAcceptedType() throws IOException {
        assertThat(detect(FileSamples.pdf("a"))).contains(FileType.PDF);
        assertThat(detect(FileSamples.png("a"))).contains(FileType.PNG);
        assertThat(detect(FileSamples.jpeg("a"))).contains(FileType.JPEG);
        assertThat(detect(FileSamples.docx("正文"))).contains(FileType.DOCX);
        assertThat(detect(FileSamples.xlsx("表格"))).contains(FileType.XLSX);
        assertThat(detect(FileSamples.xls("表格"))).contains(FileType.XLS);
        assertThat(detect(FileSamples.doc("正文"))).contains(FileType.DOC);
        assertThat(detect(FileSamples.ofd("版式"))).contains(FileType.OFD);
    }

    @Test
    @DisplayName("普通压缩包、可执行文件和空文件不是允许的类型")
    void refusesArchivesExecutablesAndEmptyFiles() throws IOException {
        assertThat(detect(FileSamples.zip("evil.exe", "MZ"))).isEmpty();
        assertThat(detect(FileSamples.exe("x"))).isEmpty();
        assertThat(detect(new byte[0])).isEmpty();
        assertThat(detect("纯文本".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void namesClaimTypesCaseInsensitively() {
        assertThat(FileType.byFileName("复议决定书.PDF")).contains(FileType.PDF);
        assertThat(FileType.byFileName("现场照片.jpeg")).contains(FileType.JPEG);
        assertThat(FileType.byFileName("证据.zip")).isEmpty();
        assertThat(FileType.byFileName("无扩展名")).isEmpty();
    }

    private Optional<FileType> detect(byte[] content) throws IOException {
        Path file = Files.createTempFile(dir, "sample", ".bin");
        Files.write(file, content);
        return FileTypeDetector.detect(file);
    }
}
