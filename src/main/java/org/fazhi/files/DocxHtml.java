package org.fazhi.files;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays out a rendered docx as XHTML for the PDF (版式转换): the page geometry from the section properties, and each
 * paragraph's alignment, indents, spacing, rules and fonts from its style chain and direct formatting, so the PDF shows
 * the page Word shows. Page numbers follow GB/T 9704-2012 7.5 ("— 1 —", odd pages right and even pages left, one
 * character in from the edge, 7 mm below the type area). Covers what official-document templates use; it is not a
 * general Word converter.
 */
final class DocxHtml {

    private final XWPFDocument doc;
    private final CjkFonts.Selection fonts;
    private final FilesSettings settings;
    private final Map<String, CTStyle> styles = new HashMap<>();
    private final DocxCss css;
    private String defaultStyle = "Normal";

    private DocxHtml(XWPFDocument doc, CjkFonts.Selection fonts, FilesSettings settings) {
        this.doc = doc;
        this.fonts = fonts;
        this.settings = settings;
        if (doc.getStyles() != null) {
            for (CTStyle style : doc.getStyles().getCtStyles().getStyleArray()) {
                styles.put(style.getStyleId(), style);
                if (style.isSetDefault() && style.getType() == STStyleType.PARAGRAPH
                        && List.of("1", "true", "on").contains(style.xgetDefault().getStringValue())) {
                    defaultStyle = style.getStyleId();
                }
            }
        }
        CTSectPr sect = doc.getDocument().getBody().getSectPr();
        double linePitchPt = sect != null && sect.isSetDocGrid() && sect.getDocGrid().isSetLinePitch()
                ? sect.getDocGrid().getLinePitch().doubleValue() / 20 : GbLayout.linePitchTwips() / 20.0;
        this.css = new DocxCss(fonts, settings, linePitchPt);
    }

    static String convert(XWPFDocument doc, CjkFonts.Selection fonts, FilesSettings settings, String title) {
        return new DocxHtml(doc, fonts, settings).html(title);
    }

    private String html(String title) {
        StringBuilder body = new StringBuilder();
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                paragraph(p, body);
            } else if (element instanceof XWPFTable t) {
                table(t, body);
            }
        }
        Map<String, String> base = new LinkedHashMap<>();
        defaults(base);
        String pageFont = fonts.stack(settings.pageNumberFont(), List.of(settings.pageNumberFont()));
        return "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"/>"
                + "<title>" + escape(title) + "</title><style>" + pageCss(pageFont)
                + "body{margin:0;" + DocxCss.declarations(base) + "} p{margin:0;padding:0;orphans:1;widows:1;}"
                + " table{width:100%;border-collapse:collapse;} td{border:0.5pt solid #000;vertical-align:top;padding:0 2pt;}"
                + "</style></head><body>" + body + "</body></html>";
    }

    private String pageCss(String pageFont) {
        CTSectPr sect = doc.getDocument().getBody().getSectPr();
        double width = GbLayout.PAGE_WIDTH_MM;
        double height = GbLayout.PAGE_HEIGHT_MM;
        double top = GbLayout.MARGIN_TOP_MM;
        double right = GbLayout.MARGIN_RIGHT_MM;
        double bottom = GbLayout.MARGIN_BOTTOM_MM;
        double left = GbLayout.MARGIN_LEFT_MM;
        if (sect != null && sect.isSetPgSz()) {
            CTPageSz size = sect.getPgSz();
            width = mm(size.getW(), width);
            height = mm(size.getH(), height);
        }
        if (sect != null && sect.isSetPgMar()) {
            CTPageMar mar = sect.getPgMar();
            top = mm(mar.getTop(), top);
            right = mm(mar.getRight(), right);
            bottom = mm(mar.getBottom(), bottom);
            left = mm(mar.getLeft(), left);
        }
        String number = "content:'— ' counter(page) ' —';font-family:" + pageFont + ";font-size:"
                + GbLayout.SIZE_SI + "pt;vertical-align:top;padding-top:7mm;";
        return String.format(java.util.Locale.ROOT, "@page{size:%.2fmm %.2fmm;margin:%.2fmm %.2fmm %.2fmm %.2fmm;}", width, height,
                top, right, bottom, left)
                + "@page :right{@bottom-right{" + number + "text-align:right;padding-right:1em;}}"
                + "@page :left{@bottom-left{" + number + "text-align:left;padding-left:1em;}}";
    }

    private void paragraph(XWPFParagraph p, StringBuilder out) {
        Map<String, String> css = new LinkedHashMap<>();
        String styleId = p.getStyle() == null ? defaultStyle : p.getStyle();
        for (CTStyle style : chain(styleId)) {
            if (style.isSetPPr()) {
                this.css.paragraph(style.getPPr(), css);
            }
            if (style.isSetRPr()) {
                this.css.run(style.getRPr(), css);
            }
        }
        if (p.getCTP().isSetPPr()) {
            this.css.paragraph(p.getCTP().getPPr(), css);
        }
        out.append("<p style=\"").append(escape(DocxCss.declarations(css))).append("\">");
        boolean empty = true;
        for (XWPFRun run : p.getRuns()) {
            String text = run.text();
            if (text == null || text.isEmpty()) {
                continue;
            }
            empty = false;
            Map<String, String> runCss = new LinkedHashMap<>();
            if (run.getCTR().isSetRPr()) {
                this.css.run(run.getCTR().getRPr(), runCss);
            }
            String html = escape(text).replace("\n", "<br/>").replace("\t", "&#160;&#160;&#160;&#160;");
            if (runCss.isEmpty()) {
                out.append(html);
            } else {
                out.append("<span style=\"").append(escape(DocxCss.declarations(runCss))).append("\">").append(html).append("</span>");
            }
        }
        if (empty) {
            out.append("&#160;");
        }
        out.append("</p>");
    }

    private void table(XWPFTable table, StringBuilder out) {
        out.append("<table>");
        for (XWPFTableRow row : table.getRows()) {
            out.append("<tr>");
            for (XWPFTableCell cell : row.getTableCells()) {
                out.append("<td>");
                cell.getParagraphs().forEach(p -> paragraph(p, out));
                out.append("</td>");
            }
            out.append("</tr>");
        }
        out.append("</table>");
    }

    /** The style and its ancestors, root first. */
    private List<CTStyle> chain(String styleId) {
        Deque<CTStyle> chain = new ArrayDeque<>();
        String id = styleId;
        while (id != null && styles.containsKey(id) && chain.size() < 20) {
            CTStyle style = styles.get(id);
            chain.addFirst(style);
            id = style.isSetBasedOn() ? style.getBasedOn().getVal() : null;
        }
        return List.copyOf(chain);
    }

    private void defaults(Map<String, String> css) {
        if (doc.getStyles() != null && doc.getStyles().getCtStyles().isSetDocDefaults()) {
            var defaults = doc.getStyles().getCtStyles().getDocDefaults();
            if (defaults.isSetRPrDefault() && defaults.getRPrDefault().isSetRPr()) {
                this.css.run(defaults.getRPrDefault().getRPr(), css);
            }
        }
        if (!css.containsKey("font-family")) {
            css.put("font-family", fonts.stack(settings.bodyFonts().get(0), settings.bodyFonts()));
        }
    }

    private static double mm(Object twips, double fallback) {
        return twips instanceof Number n ? n.doubleValue() / 1440 * 25.4 : fallback;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    // XML 1.0 forbids most control characters; a pasted one must not break the PDF.
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
