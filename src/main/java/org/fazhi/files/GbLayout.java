package org.fazhi.files;

/**
 * The page geometry of official documents (公文格式) as fixed by GB/T 9704-2012 《党政机关公文格式》, in the units Word
 * (twips, half-points) and CSS (mm, pt) need. The docx templates, their rendering and the PDF layout all read these
 * numbers, so that Word and PDF show the same page.
 *
 * @see 《党政机关公文格式》（GB/T 9704-2012）第5.2节 版面、第7章 公文格式各要素编排规则
 */
final class GbLayout {

    /** A4 paper, 210 mm × 297 mm (GB/T 9704-2012 5.2.1). */
    static final double PAGE_WIDTH_MM = 210;
    static final double PAGE_HEIGHT_MM = 297;

    /** 天头（上白边）37 mm, 订口（左白边）28 mm; the type area (版心) is 156 mm × 225 mm (5.2.1). */
    static final double MARGIN_TOP_MM = 37;
    static final double MARGIN_BOTTOM_MM = 35;
    static final double MARGIN_LEFT_MM = 28;
    static final double MARGIN_RIGHT_MM = 26;

    /** 一般每面排22行，每行排28个字 (5.2.2). */
    static final int LINES_PER_PAGE = 22;
    static final int CHARS_PER_LINE = 28;

    /** Chinese type sizes in points: 初号 42, 小初 36, 二号 22, 三号 16, 四号 14. */
    static final double SIZE_XIAOCHU = 36;
    static final double SIZE_ER = 22;
    static final double SIZE_SAN = 16;
    static final double SIZE_SI = 14;

    /** The page number's rule sits 7 mm below the type area (7.5): the footer baseline is about 23 mm above the edge. */
    static final double FOOTER_DISTANCE_MM = MARGIN_BOTTOM_MM - 7 - 5;

    /** The 发文机关标志 top edge lies 35 mm below the type area's top edge for 下行文/平行文 (7.2.3). */
    static final double ISSUER_MARK_OFFSET_MM = 35;

    /** The red separator rule lies 4 mm below the 发文字号 (7.2.5). */
    static final double RULE_BELOW_NUMBER_MM = 4;

    /** The official red of the 版头 (红色), as Word and CSS colour. */
    static final String RED = "FF0000";

    private GbLayout() {
    }

    static int twips(double mm) {
        return (int) Math.round(mm / 25.4 * 1440);
    }

    static double points(double mm) {
        return mm / 25.4 * 72;
    }

    /** Half-points, the unit of {@code w:sz}. */
    static int halfPoints(double points) {
        return (int) Math.round(points * 2);
    }

    static int typeAreaWidthTwips() {
        return twips(PAGE_WIDTH_MM) - twips(MARGIN_LEFT_MM) - twips(MARGIN_RIGHT_MM);
    }

    static int typeAreaHeightTwips() {
        return twips(PAGE_HEIGHT_MM) - twips(MARGIN_TOP_MM) - twips(MARGIN_BOTTOM_MM);
    }

    /** The height of one of the 22 grid lines, rounded down so that 22 lines always fit. */
    static int linePitchTwips() {
        return typeAreaHeightTwips() / LINES_PER_PAGE;
    }

    /**
     * Word's {@code w:docGrid/@w:charSpace}: the difference between the wanted character pitch (type area width / 28)
     * and the default 三号 size, in 1/4096 pt. Negative because 28 三号 characters are slightly wider than 156 mm.
     */
    static int gridCharSpace() {
        double pitchPoints = typeAreaWidthTwips() / 20.0 / CHARS_PER_LINE;
        return (int) Math.round((pitchPoints - SIZE_SAN) * 4096);
    }
}
