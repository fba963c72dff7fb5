package org.fazhi.files;

/**
 * Paragraph styles of the official-document templates (公文样式). Templates carry their layout in these named styles,
 * so a clerk who edits a template in Word keeps the GB/T 9704 layout, and rendering can change fonts and place the
 * signature block by style instead of by position.
 *
 * @see 《党政机关公文格式》（GB/T 9704-2012）第7章
 */
final class DocxStyles {

    /** 发文机关标志: 小标宋体, red, centred (7.2.3). */
    static final String ISSUER_MARK = "FzIssuerMark";
    /** 发文字号: 3号仿宋, centred, two lines below the mark, with the red separator rule below (7.2.4, 7.2.5). */
    static final String NUMBER = "FzNumber";
    /** 标题: 2号小标宋体, centred, two lines below the rule (7.3.1). */
    static final String TITLE = "FzTitle";
    /** 主送机关: one line below the title, flush left, 全角冒号 (7.3.2). */
    static final String RECIPIENT = "FzRecipient";
    /** 正文: 3号仿宋, first line indented two characters (7.3.3). */
    static final String BODY = "FzBody";
    /** 发文机关署名 (7.3.5). */
    static final String SIGNATURE = "FzSignature";
    /** 成文日期 (7.3.5). */
    static final String DATE = "FzDate";
    /** 页码: 4号宋体 (7.5). */
    static final String PAGE_NUMBER = "FzPageNumber";

    /** The fonts GB/T 9704 names; rendering replaces them with the first configured font of each role. */
    static final String TITLE_FONT = "方正小标宋简体";
    static final String BODY_FONT = "仿宋_GB2312";
    static final String PAGE_NUMBER_FONT = "宋体";

    private DocxStyles() {
    }
}
