package org.fazhi.disclosure;

import java.math.BigDecimal;

/**
 * The 信息处理费 scales of 《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）, both progressive (超额累进, 第三条);
 * the agency applies one of them to a request, never both.
 *
 * <ul>
 *   <li>按件计收 (第四条): for the same applicant within one natural month, requests 1–10 are free; the 11th to 30th cost
 *       100 元 each; from the 31st, every further block of 10 raises the rate by 100 元 per request (31–40: 200 元,
 *       41–50: 300 元 …).</li>
 *   <li>按量计收 (第五条, for paper copies, e-mail or copied electronic data): up to 30 pages free; pages 31–100 at 10 元;
 *       101–200 at 20 元; from page 201 at 40 元 per page.</li>
 * </ul>
 */
public final class FeeScale {

    /** Payment method (计收方式). */
    public enum Method {
        PER_REQUEST("按件计收"), PER_PAGE("按量计收");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A computed fee with the arithmetic a clerk can check. */
    public record Fee(Method method, int quantity, BigDecimal amount, String calculation) {
    }

    static final String CITATION = "《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）";

    private FeeScale() {
    }

    /**
     * The fee for one request that is the {@code position}-th request of the same applicant in the natural month
     * (the position is counted by the caller from the records, this request included).
     */
    public static Fee perRequest(int position) {
        if (position < 1) {
            throw new IllegalArgumentException("position must be >= 1");
        }
        int rate = requestRate(position);
        String calculation = "同一申请人本自然月内第 " + position + " 件申请，" + (rate == 0
                ? "在 10 件以内（含 10 件），不收费"
                : position <= 30 ? "属于第 11—30 件的部分，100 元/件" : "属于第 31 件以上的部分，第 "
                + tier(position) + " 档（每 10 件一档，每增加一档提高 100 元/件），" + rate + " 元/件")
                + "（" + CITATION + "第四条）";
        return new Fee(Method.PER_REQUEST, position, BigDecimal.valueOf(rate).setScale(2), calculation);
    }

    /** The rate of the n-th request in a month: 0, 100, then +100 per block of 10 from the 31st. */
    static int requestRate(int position) {
        if (position <= 10) {
            return 0;
        }
        if (position <= 30) {
            return 100;
        }
        return 100 + 100 * tier(position);
    }

    private static int tier(int position) {
        return (position - 31) / 10 + 1;
    }

    /** The fee for {@code pages} pages provided for one request. */
    public static Fee perPage(int pages) {
        if (pages < 0) {
            throw new IllegalArgumentException("pages must be >= 0");
        }
        long amount = band(pages, 30, 100, 10) + band(pages, 100, 200, 20) + band(pages, 200, Integer.MAX_VALUE, 40);
        StringBuilder text = new StringBuilder("共 ").append(pages).append(" 页：30 页以下（含）不收费");
        if (pages > 30) {
            text.append("；第 31—").append(Math.min(pages, 100)).append(" 页 ").append(Math.min(pages, 100) - 30)
                    .append(" 页×10 元");
        }
        if (pages > 100) {
            text.append("；第 101—").append(Math.min(pages, 200)).append(" 页 ").append(Math.min(pages, 200) - 100)
                    .append(" 页×20 元");
        }
        if (pages > 200) {
            text.append("；第 201—").append(pages).append(" 页 ").append(pages - 200).append(" 页×40 元");
        }
        text.append("；合计 ").append(amount).append(" 元（").append(CITATION).append("第五条）");
        return new Fee(Method.PER_PAGE, pages, BigDecimal.valueOf(amount).setScale(2), text.toString());
    }

    /** Pages above {@code floor} and up to {@code ceiling}, at {@code rate} each. */
    private static long band(int pages, int floor, int ceiling, int rate) {
        if (pages <= floor) {
            return 0;
        }
        return (long) (Math.min(pages, ceiling) - floor) * rate;
    }
}
