package org.fazhi.files;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipFile;

/**
 * Recognises a file's real type from its content (文件头识别). Office Open XML and OFD files are ZIP containers and
 * Word/Excel 97-2003 files are OLE2 containers; the parts inside tell them apart. Only directory entries are read,
 * never decompressed content, so a ZIP bomb costs nothing here.
 */
final class FileTypeDetector {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private FileTypeDetector() {
    }

    static Optional<FileType> detect(Path file) {
        byte[] head = new byte[8];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return Optional.empty();
        }
        byte[] bytes = Arrays.copyOf(head, read);
        if (startsWith(bytes, PDF)) {
            return Optional.of(FileType.PDF);
        }
        if (startsWith(bytes, JPEG)) {
            return Optional.of(FileType.JPEG);
        }
        if (startsWith(bytes, PNG)) {
            return Optional.of(FileType.PNG);
        }
        if (startsWith(bytes, ZIP)) {
            return zipContainer(file);
        }
        if (startsWith(bytes, OLE2)) {
            return oleContainer(file);
        }
        return Optional.empty();
    }

    private static Optional<FileType> zipContainer(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") != null && zip.getEntry("word/document.xml") != null) {
                return Optional.of(FileType.DOCX);
            }
            if (zip.getEntry("[Content_Types].xml") != null && zip.getEntry("xl/workbook.xml") != null) {
                return Optional.of(FileType.XLSX);
            }
            if (zip.getEntry("OFD.xml") != null) {
                return Optional.of(FileType.OFD);
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<FileType> oleContainer(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("WordDocument")) {
                return Optional.of(FileType.DOC);
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                return Optional.of(FileType.XLS);
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // A damaged or encrypted container is refused like an unknown type.
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
