package org.fazhi.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document number (发文字号, also 文号 or 案号), e.g. {@code 示政复〔2026〕3号}: the issuing authority's code (发文机关代字),
 * the year in full inside hexagonal brackets 〔〕, and the serial number without leading zeros or 第, followed by 号.
 *
 * @param prefix 发文机关代字 (e.g. 示政复); no brackets, digits or whitespace
 * @param year   the year in full, four digits
 * @param serial the serial number within prefix and year, from 1
 * @see 《党政机关公文格式》（GB/T 9704-2012）7.2.4 发文字号
 */
public record DocumentNumber(String prefix, int year, int serial) {

    /** 六角括号: GB/T 9704 requires 〔〕 (U+3014, U+3015), not 【】, [] or （）. */
    public static final char OPEN = '〔';
    public static final char CLOSE = '〕';

    private static final Pattern PREFIX = Pattern.compile("[^\\s\\d〔〕【】\\[\\]（）()号]{1,20}");
    private static final Pattern FORMAT = Pattern.compile("(.+?)〔(\\d+)〕(\\d+)号");
    private static final Pattern WRONG_BRACKETS = Pattern.compile(".+?[【\\[（(]\\d{4}[】\\]）)].*");

    public DocumentNumber {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw BusinessException.invalid("发文机关代字“" + prefix + "”不合法：应为1至20个字，不含数字、括号或空格");
        }
        if (year < 1000 || year > 9999) {
            throw BusinessException.invalid("年份应标全称（四位数字）：" + year);
        }
        if (serial < 1) {
            throw BusinessException.invalid("发文顺序号必须从 1 开始：" + serial);
        }
    }

    /**
     * Reads a number written as GB/T 9704 prescribes.
     *
     * @throws BusinessException (invalid) naming what is wrong: brackets, a short year, 第, or a leading zero (虚位)
     */
    public static DocumentNumber parse(String text) {
        String value = text == null ? "" : text.strip();
        Matcher m = FORMAT.matcher(value);
        if (!m.matches()) {
            if (WRONG_BRACKETS.matcher(value).matches()) {
                throw BusinessException.invalid("发文字号“" + value + "”的年份应使用六角括号〔〕括入");
            }
            if (value.contains(CLOSE + "第")) {
                throw BusinessException.invalid("发文字号“" + value + "”的顺序号不加“第”字");
            }
            throw BusinessException.invalid("发文字号“" + value + "”格式不正确，应如“示政复〔2026〕3号”");
        }
        String yearText = m.group(2);
        String serialText = m.group(3);
        if (yearText.length() != 4) {
            throw BusinessException.invalid("发文字号“" + value + "”的年份应标全称（四位数字）");
        }
        if (serialText.startsWith("0")) {
            throw BusinessException.invalid("发文字号“" + value + "”的顺序号不编虚位（1 不编为 01）");
        }
        if (serialText.length() > 9) {
            throw BusinessException.invalid("发文字号“" + value + "”的顺序号过大");
        }
        return new DocumentNumber(m.group(1), Integer.parseInt(yearText), Integer.parseInt(serialText));
    }

    /** The number as printed, e.g. {@code 示政复〔2026〕3号}. */
    public String render() {
        return prefix + OPEN + year + CLOSE + serial + "号";
    }

    @Override
    public String toString() {
        return render();
    }
}
