package org.fazhi.files;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.util.List;

/**
 * Settings of attachments and official documents (附件与文书配置), {@code fazhi.files.*}.
 *
 * @param dataDir       root of the data directory; attachments live under {@code <dataDir>/files/ab/cd/<sha256>}
 *                      (defaults to {@code fazhi.data-dir}, {@code FAZHI_DATA_DIR})
 * @param fontDir       extra directory searched first for TrueType CJK fonts to embed in PDFs ({@code FAZHI_FONT_DIR})
 * @param templateDir   optional directory whose {@code <name>.docx} files override the built-in templates, so that a
 *                      county can adjust its letterhead without a new release ({@code FAZHI_TEMPLATE_DIR})
 * @param maxUploadSize largest accepted attachment (default 20 MB)
 * @param titleFonts    font for 发文机关标志 and 标题, most wanted first: the docx names the first, the PDF uses the first
 *                      one installed on the server
 * @param bodyFonts     font for 发文字号, 正文 and 落款, most wanted first
 * @param pageNumberFont font of the page numbers (4号宋体)
 */
@ConfigurationProperties("fazhi.files")
public record FilesSettings(Path dataDir, String fontDir, String templateDir, DataSize maxUploadSize,
                            List<String> titleFonts, List<String> bodyFonts, String pageNumberFont) {

    public FilesSettings {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        fontDir = fontDir == null || fontDir.isBlank() ? null : fontDir.trim();
        templateDir = templateDir == null || templateDir.isBlank() ? null : templateDir.trim();
        maxUploadSize = maxUploadSize == null ? DataSize.ofMegabytes(20) : maxUploadSize;
        titleFonts = titleFonts == null || titleFonts.isEmpty() ? List.of("方正小标宋简体", "华文中宋", "宋体") : List.copyOf(titleFonts);
        bodyFonts = bodyFonts == null || bodyFonts.isEmpty() ? List.of("仿宋_GB2312", "仿宋", "FangSong") : List.copyOf(bodyFonts);
        pageNumberFont = pageNumberFont == null || pageNumberFont.isBlank() ? "宋体" : pageNumberFont;
    }

    /** Where attachment content is stored. */
    Path contentRoot() {
        return dataDir.resolve("files");
    }
}
