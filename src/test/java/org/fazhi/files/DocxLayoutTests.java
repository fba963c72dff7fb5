package org.fazhi.files;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The built-in template rendered without Spring: GB/T 9704-2012 geometry, fonts and signature block. */
class DocxLayoutTests {

    private static final FilesSettings DEFAULTS = new FilesSettings(null, null, null, null, null, null, null);

    @Test
    @DisplayName("版心：A4，天头37mm，下白边35mm，订口28mm，右白边26mm；每面22行，每行28字")
    void pageGeometryFollowsGbT9704() throws IOException {
        try (XWPFDocument doc = render(DEFAULTS, "示范县人民政府", "2026年11月22日")) {
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            assertThat(sect.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(sect.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            CTPageMar margins = sect.getPgMar();
            assertThat(mm(margins.getTop())).isCloseTo(37, org.assertj.core.data.Offset.offset(0.1));
            assertThat(mm(margins.getBottom())).isCloseTo(35, org.assertj.core.data.Offset.offset(0.1));
            assertThat(mm(margins.getLeft())).isCloseTo(28, org.assertj.core.data.Offset.offset(0.1));
            assertThat(mm(margins.getRight())).isCloseTo(26, org.assertj.core.data.Offset.offset(0.1));
            int linePitch = sect.getDocGrid().getLinePitch().intValue();
            assertThat(GbLayout.typeAreaHeightTwips() / linePitch).isEqualTo(22);
            double charPitchPt = 16 + sect.getDocGrid().getCharSpace().doubleValue() / 4096;
            assertThat(GbLayout.typeAreaWidthTwips() / 20.0 / charPitchPt).isCloseTo(28, org.assertj.core.data.Offset.offset(0.05));
        }
    }

    @Test
    @DisplayName("标题2号小标宋体、正文3号仿宋_GB2312，字体可按配置替换")
    void fontsComeFromSettings() throws IOException {
        try (XWPFDocument doc = render(DEFAULTS, "示范县人民政府", "2026年11月22日")) {
            assertThat(styleFont(doc, DocxStyles.TITLE)).isEqualTo("方正小标宋简体");
            assertThat(styleSize(doc, DocxStyles.TITLE)).isEqualTo(44);
            assertThat(styleFont(doc, DocxStyles.BODY)).isEqualTo("仿宋_GB2312");
            assertThat(styleSize(doc, DocxStyles.BODY)).isEqualTo(32);
            assertThat(styleFont(doc, DocxStyles.PAGE_NUMBER)).isEqualTo("宋体");
            assertThat(styleSize(doc, DocxStyles.PAGE_NUMBER)).isEqualTo(28);
        }
        FilesSettings county = new FilesSettings(null, null, null, null, List.of("华文中宋", "宋体"), List.of("仿宋", "FangSong"),
                null);
        try (XWPFDocument doc = render(county, "示范县人民政府", "2026年11月22日")) {
            assertThat(styleFont(doc, DocxStyles.TITLE)).isEqualTo("华文中宋");
            assertThat(styleFont(doc, DocxStyles.ISSUER_MARK)).isEqualTo("华文中宋");
            assertThat(styleFont(doc, DocxStyles.BODY)).isEqualTo("仿宋");
            assertThat(styleFont(doc, DocxStyles.PAGE_NUMBER)).isEqualTo("宋体");
        }
    }

    @Test
    @DisplayName("页码“— 1 —”：单页码居右空一字，双页码居左空一字")
    void pageNumbersOnOutsideEdge() throws IOException {
        try (XWPFDocument doc = render(DEFAULTS, "示范县人民政府", "2026年11月22日")) {
            assertThat(doc.getEvenAndOddHeadings()).isTrue();
            XWPFFooter odd = doc.getHeaderFooterPolicy().getDefaultFooter();
            XWPFFooter even = doc.getHeaderFooterPolicy().getEvenPageFooter();
            assertThat(odd.getText()).contains("— ").contains(" —");
            assertThat(odd.getParagraphs().get(0).getCTP().xmlText()).contains("PAGE");
            assertThat(odd.getParagraphs().get(0).getAlignment().name()).isEqualTo("RIGHT");
            assertThat(odd.getParagraphs().get(0).getCTP().getPPr().getInd().getRightChars()).isEqualTo(BigInteger.valueOf(100));
            assertThat(even.getParagraphs().get(0).getAlignment().name()).isEqualTo("LEFT");
            assertThat(even.getParagraphs().get(0).getCTP().getPPr().getInd().getLeftChars()).isEqualTo(BigInteger.valueOf(100));
        }
    }

    @Test
    @DisplayName("成文日期首字比署名首字右移二字；日期长于署名时日期右空二字并增加署名右空字数")
    void signatureBlockIsPlacedByLength() throws IOException {
        try (XWPFDocument doc = render(DEFAULTS, "示范县人民政府", "2026年11月22日")) {
            // 署名 7 字，日期 7 字（半角数字各占半字）：日期右空二字，署名右空四字。
            assertThat(rightChars(doc, DocxStyles.SIGNATURE)).isEqualTo(400);
            assertThat(rightChars(doc, DocxStyles.DATE)).isEqualTo(200);
        }
        try (XWPFDocument doc = render(DEFAULTS, "示范县人民政府办公室行政复议办公室", "2026年3月1日")) {
            // 署名 17 字比日期 6 字长：署名右空二字，日期首字右移二字，右空 2 + 17 - 2 - 6 = 11 字。
            assertThat(rightChars(doc, DocxStyles.SIGNATURE)).isEqualTo(200);
            assertThat(rightChars(doc, DocxStyles.DATE)).isEqualTo(1100);
        }
    }

    @Test
    void bodyParagraphsRepeatAndTagsDisappear() throws IOException {
        try (XWPFDocument doc = render(DEFAULTS, "示范县人民政府", "2026年11月22日")) {
            List<XWPFParagraph> body = doc.getParagraphs().stream().filter(p -> DocxStyles.BODY.equals(p.getStyle())).toList();
            assertThat(body).extracting(XWPFParagraph::getText).containsExactly("第一段。", "第二段。");
            assertThat(doc.getParagraphs()).noneMatch(p -> p.getText().contains("{{"));
        }
    }

    private static XWPFDocument render(FilesSettings settings, String signature, String date) throws IOException {
        DocxRenderer renderer = new DocxRenderer(new DocumentTemplates(settings), settings);
        Map<String, Object> data = new HashMap<>();
        data.put("issuerMark", "示范县人民政府文件");
        data.put("number", "示政〔2026〕3号");
        data.put("title", "关于做好法治政府建设工作的通知");
        data.put("recipient", "各乡镇人民政府：");
        data.put("paragraphs", List.of(Map.of("text", "第一段。"), Map.of("text", "第二段。")));
        data.put("signature", signature);
        data.put("date", date);
        return new XWPFDocument(new ByteArrayInputStream(renderer.render("official-letter", data)));
    }

    private static double mm(Object twips) {
        return ((Number) twips).doubleValue() / 1440 * 25.4;
    }

    private static String styleFont(XWPFDocument doc, String styleId) {
        CTFonts fonts = doc.getStyles().getStyle(styleId).getCTStyle().getRPr().getRFontsArray(0);
        assertThat(fonts.getAscii()).isEqualTo(fonts.getEastAsia());
        return fonts.getEastAsia();
    }

    private static int styleSize(XWPFDocument doc, String styleId) {
        return ((Number) doc.getStyles().getStyle(styleId).getCTStyle().getRPr().getSzArray(0).getVal()).intValue();
    }

    private static int rightChars(XWPFDocument doc, String styleId) {
        return doc.getParagraphs().stream().filter(p -> styleId.equals(p.getStyle())).findFirst().orElseThrow()
                .getCTP().getPPr().getInd().getRightChars().intValue();
    }
}
