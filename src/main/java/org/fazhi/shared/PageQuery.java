package org.fazhi.shared;

/**
 * A page request (分页) with the hard upper limit of DESIGN §6: no list ever loads unbounded rows.
 *
 * @param page 1-based page number
 * @param size rows per page, 1 to {@link #MAX_SIZE}
 */
public record PageQuery(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;
    /** Deeper pages are refused: nobody pages through a million rows, and offsets stay far from overflow. */
    public static final int MAX_PAGE = 100_000;

    public PageQuery {
        if (page < 1) {
            throw BusinessException.invalid("页码必须从 1 开始");
        }
        if (page > MAX_PAGE) {
            throw BusinessException.invalid("页码不能超过 " + MAX_PAGE + "，请用筛选条件缩小范围");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw BusinessException.invalid("每页条数必须在 1 到 " + MAX_SIZE + " 之间");
        }
    }

    /** From optional request parameters, with defaults. */
    public static PageQuery of(Integer page, Integer size) {
        return new PageQuery(page == null ? 1 : page, size == null ? DEFAULT_SIZE : size);
    }

    public int offset() {
        return (page - 1) * size;
    }
}
