package org.fazhi.files;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;

/**
 * Renders a docx template with poi-tl (文书套打) and then applies the rules a template cannot express by itself: the
 * configured fonts (so a county without 方正小标宋简体 can name 华文中宋 instead) and the position of the signature block,
 * which depends on the lengths of the 署名 and the 成文日期.
 *
 * @see 《党政机关公文格式》（GB/T 9704-2012）7.3.5.2 不加盖印章的公文
 */
@Component
class DocxRenderer {

    private static final String W = "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'; ";

    private final DocumentTemplates templates;
    private final FilesSettings settings;

    DocxRenderer(DocumentTemplates templates, FilesSettings settings) {
        this.templates = templates;
        this.settings = settings;
    }

    byte[] render(String template, Map<String, Object> data) {
        byte[] source = templates.load(template);
        try (XWPFTemplate rendered = XWPFTemplate.compile(new ByteArrayInputStream(source), Configure.builder().build())
                .render(data)) {
            XWPFDocument doc = rendered.getXWPFDocument();
            applyFonts(doc);
            placeSignatureBlock(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            rendered.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("文书生成失败：" + template, e);
        }
    }

    /** Replaces the GB/T 9704 font names in styles, runs, headers and footers with the first configured font of each role. */
    void applyFonts(XWPFDocument doc) {
        if (doc.getStyles() != null) {
            XmlObject styles = doc.getStyles().getCtStyles();
            replaceFonts(styles);
            for (CTStyle style : doc.getStyles().getCtStyles().getStyleArray()) {
                if (DocxStyles.PAGE_NUMBER.equals(style.getStyleId())) {
                    for (XmlObject fonts : style.selectPath(W + "$this//w:rFonts")) {
                        setAll((CTFonts) fonts, settings.pageNumberFont());
                    }
                }
            }
        }
        replaceFonts(doc.getDocument());
        for (XWPFHeader header : doc.getHeaderList()) {
            replaceFonts(header._getHdrFtr());
        }
        for (XWPFFooter footer : doc.getFooterList()) {
            replaceFonts(footer._getHdrFtr());
        }
    }

    private void replaceFonts(XmlObject root) {
        for (XmlObject object : root.selectPath(W + "$this//w:rFonts")) {
            CTFonts fonts = (CTFonts) object;
            fonts.setAscii(mapped(fonts.getAscii()));
            fonts.setHAnsi(mapped(fonts.getHAnsi()));
            fonts.setEastAsia(mapped(fonts.getEastAsia()));
            fonts.setCs(mapped(fonts.getCs()));
        }
    }

    private String mapped(String font) {
        if (DocxStyles.TITLE_FONT.equals(font)) {
            return settings.titleFonts().get(0);
        }
        if (DocxStyles.BODY_FONT.equals(font)) {
            return settings.bodyFonts().get(0);
        }
        return font;
    }

    private static void setAll(CTFonts fonts, String font) {
        fonts.setAscii(font);
        fonts.setHAnsi(font);
        fonts.setEastAsia(font);
        fonts.setCs(font);
    }

    /**
     * 发文机关署名右空二字；成文日期在署名之下，首字比署名首字右移二字；如成文日期长于署名，成文日期右空二字，并相应增加署名右空字数.
     * Widths count a Chinese character as one and a half-width digit as half.
     */
    void placeSignatureBlock(XWPFDocument doc) {
        Optional<XWPFParagraph> signature = firstWithStyle(doc, DocxStyles.SIGNATURE);
        Optional<XWPFParagraph> date = firstWithStyle(doc, DocxStyles.DATE);
        if (signature.isEmpty() || date.isEmpty() || signature.get().getText().isBlank()) {
            return;
        }
        double signatureWidth = width(signature.get().getText());
        double dateWidth = width(date.get().getText());
        double signatureRight = 2;
        double dateRight = signatureRight + signatureWidth - 2 - dateWidth;
        if (dateRight < 2) {
            dateRight = 2;
            signatureRight = dateRight + dateWidth + 2 - signatureWidth;
        }
        rightIndent(signature.get(), signatureRight);
        rightIndent(date.get(), dateRight);
    }

    static double width(String text) {
        return text.strip().codePoints().mapToDouble(c -> c >= 0x20 && c <= 0x7E ? 0.5 : 1).sum();
    }

    private static Optional<XWPFParagraph> firstWithStyle(XWPFDocument doc, String style) {
        return doc.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).findFirst();
    }

    private static void rightIndent(XWPFParagraph paragraph, double characters) {
        CTPPr ppr = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
        CTInd ind = ppr.isSetInd() ? ppr.getInd() : ppr.addNewInd();
        ind.setRightChars(BigInteger.valueOf(Math.round(characters * 100)));
    }
}
