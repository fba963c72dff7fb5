package org.fazhi.enforcement.internal;

import org.fazhi.shared.BusinessException;

import java.util.List;

/** A registry import or form with bad rows (登记校验未通过): nothing was stored; the rows say why. */
public class RowsRejected extends BusinessException {

    private final List<RowError> errors;

    public RowsRejected(List<RowError> errors) {
        super(Kind.INVALID, errors.size() == 1 ? errors.get(0).message()
                : "有 " + errors.size() + " 处错误，未导入任何数据：" + errors.get(0).message() + " …");
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }

    /** @param row Excel row number, or 0 for a form */
    public record RowError(int row, String field, String message) {
    }
}
