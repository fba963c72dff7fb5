package org.fazhi.files;

import org.apache.fontbox.ttf.NameRecord;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.fazhi.shared.BusinessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The Chinese fonts a PDF can embed (可嵌入的中文字体): TrueType fonts ({@code .ttf}, {@code .ttc} with {@code glyf}
 * outlines; PDFBox cannot embed CFF-based {@code .otf}) that cover common Chinese characters and permit embedding,
 * found in {@code fazhi.files.font-dir} first and then in the system font directories. Each configured font name
 * (方正小标宋简体, 仿宋_GB2312 …) is matched against the fonts' family names; whatever is not installed falls back to
 * the first CJK font found, so a PDF can always be made once any CJK font exists.
 */
@Component
class CjkFonts {

    /** The Debian package the CI and the installation guide install; named in the error a clerk sees. */
    static final String DEBIAN_PACKAGE = "fonts-wqy-zenhei";

    private static final Logger log = LoggerFactory.getLogger(CjkFonts.class);
    private static final List<Path> SYSTEM_DIRS = List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"),
            Path.of(System.getProperty("user.home"), ".fonts"), Path.of(System.getProperty("user.home"), ".local/share/fonts"),
            Path.of("C:/Windows/Fonts"));
    private static final int[] PROBES = {'中', '国', '政', '〔'};

    private final FilesSettings settings;
    private final List<Path> systemDirs;
    private volatile List<FontFile> found;

    @Autowired
    CjkFonts(FilesSettings settings) {
        this(settings, SYSTEM_DIRS);
    }

    /** With other system directories, so that a test can show what happens on a machine without CJK fonts. */
    CjkFonts(FilesSettings settings, List<Path> systemDirs) {
        this.settings = settings;
        this.systemDirs = List.copyOf(systemDirs);
    }

    /** A usable font file and the family names it answers to (lower-case). */
    record FontFile(Path path, Set<String> families) {
        boolean answersTo(String name) {
            return families.contains(name.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * The fonts of one PDF: builds the CSS {@code font-family} value of each font name that occurs in the document and
     * remembers which files those values use, so that only they are handed to the PDF renderer.
     */
    static final class Selection {

        private final List<FontFile> all;
        private final Map<String, Path> used = new LinkedHashMap<>();

        Selection(List<FontFile> all) {
            this.all = all;
        }

        /**
         * @param fontName  the font a docx style or run names
         * @param roleFonts the configured list the name belongs to (title, body); all its fonts are tried in order
         */
        String stack(String fontName, List<String> roleFonts) {
            List<String> wanted = roleFonts.contains(fontName) ? roleFonts : List.of(fontName);
            Set<Integer> indexes = new LinkedHashSet<>();
            for (String name : wanted) {
                for (int i = 0; i < all.size(); i++) {
                    if (all.get(i).answersTo(name)) {
                        indexes.add(i);
                    }
                }
            }
            indexes.add(0);
            List<String> families = new ArrayList<>();
            for (int i : indexes) {
                used.put(family(i), all.get(i).path());
                families.add("'" + family(i) + "'");
            }
            return String.join(", ", families);
        }

        /** CSS family name to font file, for every family a stack has used. */
        Map<String, Path> files() {
            return Map.copyOf(used);
        }

        private static String family(int index) {
            return "fz-cjk-" + index;
        }
    }

    /**
     * The fonts to embed.
     *
     * @throws BusinessException (conflict) naming {@code FAZHI_FONT_DIR} and the Debian package when none is installed
     */
    Selection require() {
        List<FontFile> fonts = fonts();
        if (fonts.isEmpty()) {
            throw BusinessException.conflict("服务器上没有可嵌入的中文 TrueType 字体，无法生成 PDF（Word 文书不受影响）。"
                    + "请将 .ttf 或 .ttc 中文字体放入环境变量 FAZHI_FONT_DIR 指定的目录，或安装 Debian 软件包 "
                    + DEBIAN_PACKAGE + "（apt-get install " + DEBIAN_PACKAGE + "）");
        }
        return new Selection(fonts);
    }

    /** Usable fonts, scanned once; an empty result is not kept, so installing a font needs no restart. */
    List<FontFile> fonts() {
        List<FontFile> result = found;
        if (result == null) {
            result = scan();
            if (!result.isEmpty()) {
                found = result;
            }
        }
        return result;
    }

    private List<FontFile> scan() {
        List<Path> dirs = new ArrayList<>();
        if (settings.fontDir() != null) {
            dirs.add(Path.of(settings.fontDir()));
        }
        dirs.addAll(systemDirs);
        List<FontFile> fonts = new ArrayList<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir, 6)) {
                files.filter(Files::isRegularFile).filter(CjkFonts::trueTypeName).sorted()
                        .forEach(file -> inspect(file).ifPresent(fonts::add));
            } catch (IOException | RuntimeException e) {
                log.warn("无法扫描字体目录 {}: {}", dir, e.toString());
            }
        }
        // Configured fonts first, so that the fallback font (index 0) is the best wanted one that exists.
        List<String> preferred = new ArrayList<>(settings.bodyFonts());
        preferred.addAll(settings.titleFonts());
        fonts.sort((a, b) -> Integer.compare(rank(a, preferred), rank(b, preferred)));
        log.info("可嵌入 PDF 的中文字体：{}", fonts.stream().map(f -> f.path().toString()).toList());
        return List.copyOf(fonts);
    }

    private static int rank(FontFile font, List<String> preferred) {
        for (int i = 0; i < preferred.size(); i++) {
            if (font.answersTo(preferred.get(i))) {
                return i;
            }
        }
        return preferred.size();
    }

    private static boolean trueTypeName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".ttf") || name.endsWith(".ttc");
    }

    private static java.util.Optional<FontFile> inspect(Path file) {
        Set<String> families = new LinkedHashSet<>();
        try {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                try (TrueTypeCollection collection = new TrueTypeCollection(file.toFile())) {
                    collection.processAllFonts(font -> collect(font, families));
                }
            } else {
                try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
                    collect(font, families);
                }
            }
        } catch (IOException | RuntimeException e) {
            log.debug("跳过无法解析的字体 {}: {}", file, e.toString());
            return java.util.Optional.empty();
        }
        return families.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new FontFile(file, Set.copyOf(families)));
    }

    /** Adds the font's family names if it is a usable CJK TrueType font; otherwise adds nothing. */
    private static void collect(TrueTypeFont font, Set<String> families) throws IOException {
        if (!font.getTableMap().containsKey("glyf")) {
            return;
        }
        OS2WindowsMetricsTable os2 = font.getOS2Windows();
        if (os2 != null && (os2.getFsType() & 0x000F) == OS2WindowsMetricsTable.FSTYPE_RESTRICTED) {
            return;
        }
        var cmap = font.getUnicodeCmapLookup(false);
        if (cmap == null) {
            return;
        }
        for (int probe : PROBES) {
            if (cmap.getGlyphId(probe) == 0) {
                return;
            }
        }
        if (font.getNaming() == null) {
            return;
        }
        for (NameRecord record : font.getNaming().getNameRecords()) {
            if ((record.getNameId() == NameRecord.NAME_FONT_FAMILY_NAME || record.getNameId() == NameRecord.NAME_FULL_FONT_NAME)
                    && record.getString() != null) {
                families.add(record.getString().strip().toLowerCase(Locale.ROOT));
            }
        }
    }
}
