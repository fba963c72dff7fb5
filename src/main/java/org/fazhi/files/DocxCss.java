package org.fazhi.files;

import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Word paragraph and run properties as CSS declarations (版式属性转换): alignment, indents in characters (em) or
 * twips, spacing in lines or twips, exact line heights, bottom rules, fonts, sizes, colours and bold. Fonts become the
 * configured fallback stack of the role they belong to, ending in an installed CJK font.
 */
final class DocxCss {

    private final CjkFonts.Selection fonts;
    private final FilesSettings settings;
    private final double linePitchPt;

    DocxCss(CjkFonts.Selection fonts, FilesSettings settings, double linePitchPt) {
        this.fonts = fonts;
        this.settings = settings;
        this.linePitchPt = linePitchPt;
    }

    void paragraph(CTPPrBase ppr, Map<String, String> css) {
        if (ppr.isSetJc()) {
            String jc = String.valueOf(ppr.getJc().getVal());
            css.put("text-align", switch (jc) {
                case "center" -> "center";
                case "right", "end" -> "right";
                case "both", "distribute" -> "justify";
                default -> "left";
            });
        }
        if (ppr.isSetInd()) {
            indent(ppr.getInd(), css);
        }
        if (ppr.isSetSpacing()) {
            spacing(ppr.getSpacing(), css);
        }
        if (ppr.isSetPBdr() && ppr.getPBdr().isSetBottom()) {
            CTBorder border = ppr.getPBdr().getBottom();
            String kind = String.valueOf(border.getVal());
            if (!"none".equals(kind) && !"nil".equals(kind)) {
                double width = border.isSetSz() ? border.getSz().doubleValue() / 8 : 0.5;
                String color = border.isSetColor() ? hexColor(border.xgetColor().getStringValue()) : "#000";
                css.put("border-bottom", pt(width) + " solid " + color);
                css.put("padding-bottom", border.isSetSpace() ? pt(border.getSpace().doubleValue()) : "1pt");
            }
        }
    }

    private static void indent(CTInd ind, Map<String, String> css) {
        if (ind.isSetFirstLineChars()) {
            css.put("text-indent", em(ind.getFirstLineChars()));
        } else if (ind.isSetFirstLine()) {
            css.put("text-indent", twipsPt(ind.getFirstLine()));
        }
        if (ind.isSetLeftChars()) {
            css.put("margin-left", em(ind.getLeftChars()));
        } else if (ind.isSetLeft()) {
            css.put("margin-left", twipsPt(ind.getLeft()));
        }
        if (ind.isSetRightChars()) {
            css.put("margin-right", em(ind.getRightChars()));
        } else if (ind.isSetRight()) {
            css.put("margin-right", twipsPt(ind.getRight()));
        }
    }

    private void spacing(CTSpacing spacing, Map<String, String> css) {
        if (spacing.isSetBeforeLines()) {
            css.put("margin-top", pt(spacing.getBeforeLines().doubleValue() / 100 * linePitchPt));
        } else if (spacing.isSetBefore()) {
            css.put("margin-top", twipsPt(spacing.getBefore()));
        }
        if (spacing.isSetAfterLines()) {
            css.put("margin-bottom", pt(spacing.getAfterLines().doubleValue() / 100 * linePitchPt));
        } else if (spacing.isSetAfter()) {
            css.put("margin-bottom", twipsPt(spacing.getAfter()));
        }
        if (spacing.isSetLine() && spacing.getLine() instanceof Number line) {
            STLineSpacingRule.Enum rule = spacing.isSetLineRule() ? spacing.getLineRule() : STLineSpacingRule.AUTO;
            css.put("line-height", rule == STLineSpacingRule.AUTO
                    ? pt(line.doubleValue() / 240 * linePitchPt) : pt(line.doubleValue() / 20));
        }
    }

    void run(CTRPr rpr, Map<String, String> css) {
        if (rpr.sizeOfRFontsArray() > 0) {
            CTFonts rFonts = rpr.getRFontsArray(0);
            String font = rFonts.getEastAsia() != null ? rFonts.getEastAsia() : rFonts.getAscii();
            if (font != null) {
                css.put("font-family", fonts.stack(font, roleOf(font)));
            }
        }
        if (rpr.sizeOfSzArray() > 0 && rpr.getSzArray(0).getVal() instanceof Number halfPoints) {
            css.put("font-size", pt(halfPoints.doubleValue() / 2));
        }
        if (rpr.sizeOfColorArray() > 0) {
            css.put("color", hexColor(rpr.getColorArray(0).xgetVal().getStringValue()));
        }
        if (rpr.sizeOfBArray() > 0) {
            css.put("font-weight", on(rpr.getBArray(0)) ? "bold" : "normal");
        }
    }

    /** The configured fallbacks a font name belongs to, from its place in the title or body list onwards. */
    private List<String> roleOf(String font) {
        for (List<String> role : List.of(settings.titleFonts(), settings.bodyFonts())) {
            int at = role.indexOf(font);
            if (at >= 0) {
                return role.subList(at, role.size());
            }
        }
        return List.of(font);
    }

    /** Word colours are six hex digits or {@code auto} (black on white). */
    private static String hexColor(String value) {
        return value != null && value.matches("[0-9A-Fa-f]{6}") ? "#" + value : "#000";
    }

    private static boolean on(CTOnOff value) {
        if (!value.isSetVal()) {
            return true;
        }
        String v = String.valueOf(value.getVal());
        return !("false".equals(v) || "0".equals(v) || "off".equals(v));
    }

    static String declarations(Map<String, String> properties) {
        StringBuilder css = new StringBuilder();
        properties.forEach((k, v) -> css.append(k).append(':').append(v).append(';'));
        return css.toString();
    }

    private static String em(BigInteger hundredths) {
        return String.format(Locale.ROOT, "%.2fem", hundredths.doubleValue() / 100);
    }

    private static String twipsPt(Object twips) {
        return twips instanceof Number n ? pt(n.doubleValue() / 20) : "0pt";
    }

    private static String pt(double points) {
        return String.format(Locale.ROOT, "%.2fpt", points);
    }

}
