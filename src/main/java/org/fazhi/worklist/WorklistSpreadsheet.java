package org.fazhi.worklist;

import cn.idev.excel.FastExcel;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes to-do rows as an xlsx sheet (待办导出), column titles from {@code i18n/worklist.properties}. */
@Component
class WorklistSpreadsheet {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final String[] COLUMNS = {"light", "title", "module", "unit", "assignee", "due", "remaining",
            "status", "citation"};

    private final MessageSource messages;

    WorklistSpreadsheet(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(String sheet, List<ItemRow> rows) {
        List<List<String>> head = new ArrayList<>();
        for (String column : COLUMNS) {
            head.add(List.of(text("worklist.column." + column)));
        }
        List<List<Object>> data = new ArrayList<>();
        for (ItemRow row : rows) {
            WorkItem item = row.item();
            data.add(List.of(text("worklist.light." + item.light().name()), item.title(), module(item.sourceModule()),
                    row.unitName(), item.assignee() == null ? text("worklist.assignee.unit") : item.assignee(),
                    item.due().toString(), remaining(row), text("worklist.status." + item.status()),
                    item.citation() == null ? "" : item.citation()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FastExcel.write(out).head(head).sheet(sheet).doWrite(data);
        return out.toByteArray();
    }

    private String remaining(ItemRow row) {
        if (row.overdueDays() != null) {
            return messages.getMessage("worklist.left.overdue", new Object[]{row.overdueDays()}, ZH);
        }
        if (row.remaining() == null) {
            return "";
        }
        return row.remaining() == 0 ? text("worklist.left.today")
                : messages.getMessage("worklist.left.days", new Object[]{row.remaining()}, ZH);
    }

    private String module(String code) {
        return messages.getMessage("worklist.module." + code, null, code, ZH);
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, ZH);
    }
}
