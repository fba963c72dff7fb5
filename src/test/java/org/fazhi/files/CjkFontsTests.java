package org.fazhi.files;

import org.fazhi.shared.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Finding an embeddable CJK font, and the message a clerk sees when there is none. */
class CjkFontsTests {

    private static final Path WQY = Path.of("/usr/share/fonts/truetype/wqy");

    @TempDir
    Path empty;

    @Test
    @DisplayName("没有中文字体时 PDF 生成失败，提示 FAZHI_FONT_DIR 和应安装的 Debian 软件包")
    void explainsHowToInstallAFontWhenThereIsNone() throws IOException {
        Files.writeString(empty.resolve("not-a-font.ttf"), "这不是字体");
        CjkFonts fonts = new CjkFonts(settings(empty), List.of());
        assertThatThrownBy(fonts::require)
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("FAZHI_FONT_DIR")
                .hasMessageContaining("fonts-wqy-zenhei")
                .hasMessageContaining("Word 文书不受影响");
    }

    @Test
    @DisplayName("字体目录中的 TrueType 集合（.ttc）可用于嵌入，未安装的配置字体回退到它")
    void findsTrueTypeCollectionInFontDir() {
        assumeTrue(Files.isDirectory(WQY), "fonts-wqy-zenhei is not installed");
        CjkFonts fonts = new CjkFonts(settings(WQY), List.of());
        assertThat(fonts.fonts()).extracting(f -> f.path().getFileName().toString()).contains("wqy-zenhei.ttc");
        CjkFonts.Selection selection = fonts.require();
        String stack = selection.stack("方正小标宋简体", List.of("方正小标宋简体", "华文中宋", "宋体"));
        assertThat(stack).isEqualTo("'fz-cjk-0'");
        assertThat(selection.files()).containsKey("fz-cjk-0");
        assertThat(fonts.fonts().get(0).answersTo("WenQuanYi Zen Hei")).isTrue();
    }

    private static FilesSettings settings(Path fontDir) {
        return new FilesSettings(null, fontDir.toString(), null, null, null, null, null);
    }
}
