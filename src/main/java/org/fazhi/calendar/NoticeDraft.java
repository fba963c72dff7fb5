package org.fazhi.calendar;

import org.jspecify.annotations.Nullable;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A holiday notice as an administrator types it (录入的节假日安排通知), and its validation. Days are written one per line as
 * {@code 2027-01-01 元旦} or, for a run of days, {@code 2027-02-06~2027-02-13 春节}. Every problem found is reported,
 * in Chinese, with its line.
 *
 * @param year     the notice's year
 * @param url      the notice's address on gov.cn
 * @param title    the notice's title
 * @param offDays  the days off, as typed
 * @param workDays the make-up working days, as typed
 * @param remark   optional note
 */
record NoticeDraft(int year, String url, String title, String offDays, String workDays, @Nullable String remark) {

    private static final Pattern LINE = Pattern.compile(
            "^(\\d{4}-\\d{1,2}-\\d{1,2})(?:\\s*(?:~|～|至|-{2})\\s*(\\d{4}-\\d{1,2}-\\d{1,2}))?\\s+(\\S.*)$");
    private static final Pattern URL = Pattern.compile("^https?://[^\\s]+$");
    private static final int MAX_LINES = 100;
    private static final int MAX_RUN = 15;

    /** The outcome of validation: a notice when {@code errors} is empty. */
    record Checked(@Nullable HolidayNotice notice, List<String> errors) {
        boolean valid() {
            return errors.isEmpty();
        }
    }

    Checked check() {
        List<String> errors = new ArrayList<>();
        if (year < DeadlineRequest.EARLIEST.getYear() || year > DeadlineRequest.LATEST.getYear()) {
            errors.add("年度须在 " + DeadlineRequest.EARLIEST.getYear() + " 至 " + DeadlineRequest.LATEST.getYear() + " 之间");
            return new Checked(null, errors);
        }
        String cleanUrl = url == null ? "" : url.strip();
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanUrl.isEmpty()) {
            errors.add("请填写通知原文网址");
        } else if (!URL.matcher(cleanUrl).matches() || cleanUrl.length() > 500) {
            errors.add("通知原文网址应以 http:// 或 https:// 开头，且不超过 500 个字符");
        }
        if (cleanTitle.isEmpty()) {
            errors.add("请填写通知标题");
        } else if (cleanTitle.length() > 200) {
            errors.add("通知标题不能超过 200 个字符");
        }
        if (remark != null && remark.length() > 500) {
            errors.add("备注不能超过 500 个字符");
        }
        Set<LocalDate> seen = new HashSet<>();
        List<HolidayEntry> days = new ArrayList<>();
        parse(offDays, true, "放假日期", seen, days, errors);
        parse(workDays, false, "调休上班日期", seen, days, errors);
        if (days.stream().noneMatch(HolidayEntry::offDay) && errors.isEmpty()) {
            errors.add("请至少填写一个放假日期");
        }
        if (!errors.isEmpty()) {
            return new Checked(null, errors);
        }
        days.sort(java.util.Comparator.comparing(HolidayEntry::date));
        return new Checked(new HolidayNotice(year, List.of(new HolidayNotice.Paper(cleanUrl, cleanTitle)), days),
                List.of());
    }

    private void parse(@Nullable String text, boolean off, String field, Set<LocalDate> seen,
                       List<HolidayEntry> days, List<String> errors) {
        if (text == null || text.isBlank()) {
            return;
        }
        String[] lines = text.split("\\R");
        if (lines.length > MAX_LINES) {
            errors.add(field + "最多 " + MAX_LINES + " 行");
            return;
        }
        LocalDate earliest = LocalDate.of(year - 1, 12, 1);
        LocalDate latest = LocalDate.of(year + 1, 1, 31);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = field + "第 " + (i + 1) + " 行“" + line + "”";
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                errors.add(where + "格式不正确，应为“2027-01-01 元旦”或“2027-02-06~2027-02-13 春节”");
                continue;
            }
            LocalDate from;
            LocalDate to;
            try {
                from = LocalDate.parse(normalise(m.group(1)));
                to = m.group(2) == null ? from : LocalDate.parse(normalise(m.group(2)));
            } catch (DateTimeParseException e) {
                errors.add(where + "中的日期不存在");
                continue;
            }
            String name = m.group(3).strip();
            if (name.length() > 50) {
                errors.add(where + "的节日名称过长（不超过 50 个字符）");
                continue;
            }
            if (to.isBefore(from) || to.toEpochDay() - from.toEpochDay() >= MAX_RUN) {
                errors.add(where + "的日期区间不正确（结束日不得早于开始日，且一段不超过 " + MAX_RUN + " 天）");
                continue;
            }
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                if (d.isBefore(earliest) || d.isAfter(latest)) {
                    errors.add(where + "中的 " + d + " 不在 " + year + " 年及其相邻月份（" + earliest + " 至 " + latest + "）内");
                } else if (!seen.add(d)) {
                    errors.add(where + "中的 " + d + " 重复填写");
                } else if (!off && d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    errors.add(where + "中的 " + d + " 是" + CalendarText.weekday(d) + "，调休上班日应为周六或周日");
                } else {
                    days.add(new HolidayEntry(d, off, name));
                }
            }
        }
    }

    /** Accepts {@code 2027-2-6} as well as {@code 2027-02-06}. */
    private static String normalise(String date) {
        String[] p = date.split("-");
        return String.format("%s-%02d-%02d", p[0], Integer.parseInt(p[1]), Integer.parseInt(p[2]));
    }

    /** Writes entries back in the typed form, merging consecutive days of the same holiday into one run. */
    static String format(List<HolidayEntry> entries, boolean off) {
        StringBuilder text = new StringBuilder();
        List<HolidayEntry> chosen = entries.stream().filter(e -> e.offDay() == off)
                .sorted(java.util.Comparator.comparing(HolidayEntry::date)).toList();
        int i = 0;
        while (i < chosen.size()) {
            HolidayEntry first = chosen.get(i);
            int j = i;
            while (j + 1 < chosen.size() && chosen.get(j + 1).name().equals(first.name())
                    && chosen.get(j + 1).date().equals(chosen.get(j).date().plusDays(1))) {
                j++;
            }
            text.append(first.date());
            if (j > i) {
                text.append('~').append(chosen.get(j).date());
            }
            text.append(' ').append(first.name()).append('\n');
            i = j + 1;
        }
        return text.toString();
    }
}
