package org.fazhi.files;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the committed docx templates under {@code src/main/resources/doc-templates/} from the GB/T 9704-2012
 * geometry in {@link GbLayout}. Run once after changing the layout:
 * {@code mvn -o test -Dtest=DocTemplateGenerator -Dfazhi.writeTemplates=true}. The result is an ordinary Word
 * document whose named styles (公文标题, 公文正文 …) a clerk can edit in Word or WPS.
 */
class DocTemplateGenerator {

    static final Path TARGET = Path.of("src/main/resources/doc-templates");

    @Test
    @EnabledIfSystemProperty(named = "fazhi.writeTemplates", matches = "true")
    void writesTemplates() throws IOException {
        Files.createDirectories(TARGET);
        try (XWPFDocument doc = officialLetter(); OutputStream out = Files.newOutputStream(TARGET.resolve("official-letter.docx"))) {
            doc.write(out);
        }
    }

    /** 通用公文（文件格式）: 版头, 发文字号, 红色分隔线, 标题, 主送机关, 正文, 发文机关署名, 成文日期, 页码. */
    static XWPFDocument officialLetter() {
        XWPFDocument doc = new XWPFDocument();
        styles(doc);
        page(doc);
        paragraph(doc, DocxStyles.ISSUER_MARK, "{{issuerMark}}");
        paragraph(doc, DocxStyles.NUMBER, "{{number}}");
        paragraph(doc, DocxStyles.TITLE, "{{title}}");
        paragraph(doc, DocxStyles.RECIPIENT, "{{recipient}}");
        paragraph(doc, DocxStyles.BODY, "{{?paragraphs}}");
        paragraph(doc, DocxStyles.BODY, "{{text}}");
        paragraph(doc, DocxStyles.BODY, "{{/paragraphs}}");
        paragraph(doc, DocxStyles.SIGNATURE, "{{signature}}");
        paragraph(doc, DocxStyles.DATE, "{{date}}");
        footers(doc);
        doc.getProperties().getCoreProperties().setTitle("通用公文模板（GB/T 9704-2012）");
        doc.getProperties().getCoreProperties().setCreator("法治政府建设管理平台");
        return doc;
    }

    private static void paragraph(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        p.createRun().setText(text);
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(GbLayout.twips(GbLayout.PAGE_WIDTH_MM)));
        size.setH(BigInteger.valueOf(GbLayout.twips(GbLayout.PAGE_HEIGHT_MM)));
        CTPageMar margins = sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(GbLayout.twips(GbLayout.MARGIN_TOP_MM)));
        margins.setBottom(BigInteger.valueOf(GbLayout.twips(GbLayout.MARGIN_BOTTOM_MM)));
        margins.setLeft(BigInteger.valueOf(GbLayout.twips(GbLayout.MARGIN_LEFT_MM)));
        margins.setRight(BigInteger.valueOf(GbLayout.twips(GbLayout.MARGIN_RIGHT_MM)));
        margins.setHeader(BigInteger.valueOf(GbLayout.twips(15)));
        margins.setFooter(BigInteger.valueOf(GbLayout.twips(GbLayout.FOOTER_DISTANCE_MM)));
        margins.setGutter(BigInteger.ZERO);
        CTDocGrid grid = sect.addNewDocGrid();
        grid.setType(STDocGrid.LINES_AND_CHARS);
        grid.setLinePitch(BigInteger.valueOf(GbLayout.linePitchTwips()));
        grid.setCharSpace(BigInteger.valueOf(GbLayout.gridCharSpace()));
    }

    /** 页码: 4号半角宋体阿拉伯数字，左右各一条一字线；单页码居右空一字，双页码居左空一字 (GB/T 9704-2012 7.5). */
    private static void footers(XWPFDocument doc) {
        doc.setEvenAndOddHeadings(true);
        pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), STJc.RIGHT);
        pageNumber(doc.createFooter(HeaderFooterType.EVEN), STJc.LEFT);
    }

    private static void pageNumber(XWPFFooter footer, STJc.Enum side) {
        XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
        p.setStyle(DocxStyles.PAGE_NUMBER);
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTInd ind = ppr.addNewInd();
        if (side == STJc.RIGHT) {
            ind.setRightChars(BigInteger.valueOf(100));
        } else {
            ind.setLeftChars(BigInteger.valueOf(100));
        }
        ppr.addNewJc().setVal(side);
        p.createRun().setText("— ");
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr(" PAGE ");
        CTR number = field.addNewR();
        number.addNewT().setStringValue("1");
        p.getCTP().addNewR().addNewT().setStringValue(" —");
        p.getCTP().getRArray(p.getCTP().sizeOfRArray() - 1).getTArray(0)
                .setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
    }

    private static void styles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        CTStyles ct = CTStyles.Factory.newInstance();
        CTDocDefaults defaults = ct.addNewDocDefaults();
        CTRPr defaultRun = defaults.addNewRPrDefault().addNewRPr();
        fonts(defaultRun, DocxStyles.BODY_FONT);
        defaultRun.addNewSz().setVal(BigInteger.valueOf(GbLayout.halfPoints(GbLayout.SIZE_SAN)));
        defaultRun.addNewSzCs().setVal(BigInteger.valueOf(GbLayout.halfPoints(GbLayout.SIZE_SAN)));
        defaultRun.addNewLang().setEastAsia("zh-CN");
        defaultRun.getLangArray(0).setVal("en-US");
        defaults.addNewPPrDefault();
        styles.setStyles(ct);
        int line = GbLayout.linePitchTwips();

        CTStyle normal = style("Normal", "Normal", DocxStyles.BODY_FONT, GbLayout.SIZE_SAN);
        normal.setDefault(true);
        CTPPrGeneral np = normal.getPPr();
        np.addNewJc().setVal(STJc.BOTH);
        exactLine(np, line, 0);

        CTStyle issuer = style(DocxStyles.ISSUER_MARK, "发文机关标志", DocxStyles.TITLE_FONT, GbLayout.SIZE_XIAOCHU);
        issuer.getPPr().addNewJc().setVal(STJc.CENTER);
        exactLine(issuer.getPPr(), GbLayout.twips(16), GbLayout.twips(GbLayout.ISSUER_MARK_OFFSET_MM) - GbLayout.twips(2));
        issuer.getRPr().addNewColor().setVal(GbLayout.RED);

        CTStyle number = style(DocxStyles.NUMBER, "发文字号", DocxStyles.BODY_FONT, GbLayout.SIZE_SAN);
        number.getPPr().addNewJc().setVal(STJc.CENTER);
        exactLine(number.getPPr(), line, 2 * line);
        CTBorder rule = number.getPPr().addNewPBdr().addNewBottom();
        rule.setVal(STBorder.SINGLE);
        rule.setSz(BigInteger.valueOf(12));
        rule.setColor(GbLayout.RED);
        rule.setSpace(BigInteger.valueOf(Math.round(GbLayout.points(GbLayout.RULE_BELOW_NUMBER_MM))));

        CTStyle title = style(DocxStyles.TITLE, "公文标题", DocxStyles.TITLE_FONT, GbLayout.SIZE_ER);
        title.getPPr().addNewJc().setVal(STJc.CENTER);
        exactLine(title.getPPr(), line, 2 * line);

        CTStyle recipient = style(DocxStyles.RECIPIENT, "主送机关", DocxStyles.BODY_FONT, GbLayout.SIZE_SAN);
        recipient.getPPr().addNewJc().setVal(STJc.LEFT);
        exactLine(recipient.getPPr(), line, line);

        CTStyle body = style(DocxStyles.BODY, "公文正文", DocxStyles.BODY_FONT, GbLayout.SIZE_SAN);
        body.getPPr().addNewJc().setVal(STJc.BOTH);
        body.getPPr().addNewInd().setFirstLineChars(BigInteger.valueOf(200));
        exactLine(body.getPPr(), line, 0);

        CTStyle signature = style(DocxStyles.SIGNATURE, "发文机关署名", DocxStyles.BODY_FONT, GbLayout.SIZE_SAN);
        signature.getPPr().addNewJc().setVal(STJc.RIGHT);
        signature.getPPr().addNewInd().setRightChars(BigInteger.valueOf(200));
        exactLine(signature.getPPr(), line, line);

        CTStyle date = style(DocxStyles.DATE, "成文日期", DocxStyles.BODY_FONT, GbLayout.SIZE_SAN);
        date.getPPr().addNewJc().setVal(STJc.RIGHT);
        date.getPPr().addNewInd().setRightChars(BigInteger.valueOf(400));
        exactLine(date.getPPr(), line, 0);

        CTStyle pageNumber = style(DocxStyles.PAGE_NUMBER, "页码", DocxStyles.PAGE_NUMBER_FONT, GbLayout.SIZE_SI);

        // XWPFStyles.addStyle copies the XML, so every style is registered only once it is complete.
        for (CTStyle complete : new CTStyle[]{normal, issuer, number, title, recipient, body, signature, date, pageNumber}) {
            styles.addStyle(new XWPFStyle(complete));
        }
    }

    private static CTStyle style(String id, String name, String font, double size) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (!"Normal".equals(id)) {
            style.addNewBasedOn().setVal("Normal");
            style.addNewNext().setVal(DocxStyles.BODY.equals(id) || DocxStyles.RECIPIENT.equals(id) ? DocxStyles.BODY : "Normal");
        }
        style.addNewQFormat();
        style.addNewPPr();
        CTRPr run = style.addNewRPr();
        fonts(run, font);
        run.addNewSz().setVal(BigInteger.valueOf(GbLayout.halfPoints(size)));
        run.addNewSzCs().setVal(BigInteger.valueOf(GbLayout.halfPoints(size)));
        return style;
    }

    private static void fonts(CTRPr run, String font) {
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii(font);
        fonts.setHAnsi(font);
        fonts.setEastAsia(font);
        fonts.setCs(font);
    }

    private static void exactLine(CTPPrGeneral ppr, int line, int before) {
        CTSpacing spacing = ppr.addNewSpacing();
        spacing.setLine(BigInteger.valueOf(line));
        spacing.setLineRule(STLineSpacingRule.EXACT);
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.ZERO);
    }
}
