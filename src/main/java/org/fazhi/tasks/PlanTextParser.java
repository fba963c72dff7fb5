package org.fazhi.tasks;

import org.fazhi.shared.BusinessException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the published text of a 工作要点 (解析工作要点文本): parts headed 一、二、…, tasks numbered 1. 2. …, each ending in
 * a parenthesis (牵头单位：…；责任单位：…), and the dated requirements and targets in each task's text. The result is a
 * proposal: units are matched and dates confirmed by people afterwards.
 *
 * <p>Dates are proposed in the plan year: 3月1日前 → that year's 1 March, 第一季度前 → 31 March, 2024年底前 → 31 December
 * 2024; a date that would need a year the text does not give is proposed without a date, to be filled in.
 */
final class PlanTextParser {

    static final int MAX_CHARS = 200_000;

    private static final Pattern PART = Pattern.compile("^([一二三四五六七八九十]{1,3})[、.．]\\s*(.+)$");
    private static final Pattern TASK = Pattern.compile("^(\\d{1,3})\\s*[.．、]\\s*(.+)$");
    private static final Pattern UNITS = Pattern.compile(
            "[(（]\\s*牵头单位\\s*[:：]\\s*([^;；)）]*)(?:[;；]\\s*(?:责任单位|配合单位)\\s*[:：]\\s*([^)）]*))?[)）]\\s*$");
    private static final Pattern TITLE_YEAR = Pattern.compile("(\\d{4})\\s*年");
    private static final Pattern ISSUE_DATE = Pattern.compile("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日$");
    private static final Pattern NAME_SPLIT = Pattern.compile("[、,，;；\\s]+");

    private static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})月(\\d{1,2})日(?:之)?前");
    private static final Pattern YEAR_END = Pattern.compile("((\\d{4})年)?(年底|年末)(?:之)?前?");
    private static final Pattern QUARTER = Pattern.compile("第([一二三四1-4])季度(?:之)?(?:前|末)");
    private static final Pattern HALF_YEAR = Pattern.compile("(上半年|6月底)(?:之)?前");
    private static final Pattern AT_LEAST = Pattern.compile("(?:至少|不少于)[\\u4e00-\\u9fa5]{0,4}?(\\d+|[一二两三四五六七八九十]+)(次|件|项|场|期|个|篇|学时)");
    private static final Pattern ONCE = Pattern.compile("(?:组织开展|开展)(一)(次)");
    private static final Pattern RATE = Pattern.compile("(\\d{1,3}(?:\\.\\d+)?)\\s*[%％]");

    private PlanTextParser() {
    }

    static PlanText parse(String text) {
        if (text == null || text.isBlank()) {
            throw BusinessException.invalid("请粘贴或上传工作要点的正文");
        }
        if (text.length() > MAX_CHARS) {
            throw BusinessException.invalid("工作要点正文不能超过 " + MAX_CHARS + " 字");
        }
        List<String> lines = text.replace("\r", "").lines().map(PlanTextParser::clean).filter(l -> !l.isEmpty()).toList();
        String title = null;
        Integer year = null;
        LocalDate issuedOn = null;
        StringBuilder preamble = new StringBuilder();
        StringBuilder closing = new StringBuilder();
        List<PartBuilder> parts = new ArrayList<>();
        TaskBuilder open = null;
        for (String line : lines) {
            Matcher part = PART.matcher(line);
            Matcher task = TASK.matcher(line);
            if (part.matches() && line.length() <= 60) {
                closeTask(parts, open);
                open = null;
                parts.add(new PartBuilder(parts.size() + 1, stripEnd(part.group(2))));
            } else if (task.matches() && !parts.isEmpty()) {
                closeTask(parts, open);
                open = new TaskBuilder(Integer.parseInt(task.group(1)), task.group(2));
            } else if (open != null && !open.hasUnits()) {
                open.append(line);
            } else if (parts.isEmpty()) {
                Matcher date = ISSUE_DATE.matcher(line);
                if (date.matches() && issuedOn == null) {
                    issuedOn = date(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
                            Integer.parseInt(date.group(3)));
                } else if (line.contains("工作要点") && line.length() <= 60 && !line.contains("《")) {
                    title = line;
                    Matcher y = TITLE_YEAR.matcher(line);
                    year = y.find() ? Integer.valueOf(y.group(1)) : null;
                    preamble.setLength(0);
                } else if (title != null) {
                    appendLine(preamble, line);
                }
            } else {
                closeTask(parts, open);
                open = null;
                appendLine(closing, line);
            }
        }
        closeTask(parts, open);
        int taskCount = parts.stream().mapToInt(p -> p.tasks.size()).sum();
        if (parts.isEmpty() || taskCount == 0) {
            throw BusinessException.invalid("未能识别出工作要点：正文中应有“一、……”形式的部分标题和“1.……”形式的编号任务，"
                    + "每项任务末尾注明（牵头单位：……；责任单位：……）");
        }
        Integer planYear = year;
        List<PlanText.Part> built = parts.stream().map(p -> p.build(planYear)).toList();
        return new PlanText(title == null ? "工作要点" : title, year, issuedOn, preamble.toString(), built,
                closing.toString());
    }

    /** Unit names of a list as printed, split on 、，； and blanks. */
    static List<String> names(String list) {
        List<String> names = new ArrayList<>();
        if (list == null) {
            return names;
        }
        for (String name : NAME_SPLIT.split(list.trim())) {
            if (!name.isBlank() && !names.contains(name.trim())) {
                names.add(name.trim());
            }
        }
        return names;
    }

    /** The dated requirements and targets of one task's text, in order of appearance. */
    static List<PlanText.Proposal> proposals(String text, Integer year) {
        List<PlanText.Proposal> found = new ArrayList<>();
        for (String sentence : text.split("(?<=[。；;])")) {
            String s = sentence.trim();
            if (s.isEmpty()) {
                continue;
            }
            Matcher m = MONTH_DAY.matcher(s);
            while (m.find()) {
                found.add(deadline(m.group(), s, year == null ? null
                        : date(year, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))));
            }
            m = YEAR_END.matcher(s);
            while (m.find()) {
                Integer y = m.group(2) != null ? Integer.valueOf(m.group(2)) : year;
                found.add(deadline(m.group(), s, y == null ? null : LocalDate.of(y, 12, 31)));
            }
            m = QUARTER.matcher(s);
            while (m.find()) {
                int quarter = "一1".indexOf(m.group(1)) >= 0 ? 1 : "二2".indexOf(m.group(1)) >= 0 ? 2
                        : "三3".indexOf(m.group(1)) >= 0 ? 3 : 4;
                found.add(deadline(m.group(), s, year == null ? null
                        : YearMonth.of(year, quarter * 3).atEndOfMonth()));
            }
            m = HALF_YEAR.matcher(s);
            while (m.find()) {
                found.add(deadline(m.group(), s, year == null ? null : LocalDate.of(year, 6, 30)));
            }
            m = AT_LEAST.matcher(s);
            while (m.find()) {
                String word = m.group(2);
                found.add(new PlanText.Proposal("学时".equals(word) ? PlanText.ProposalKind.HOURS
                        : PlanText.ProposalKind.COUNT, m.group(), s, null, number(m.group(1)), word));
            }
            m = ONCE.matcher(s);
            while (m.find()) {
                found.add(new PlanText.Proposal(PlanText.ProposalKind.COUNT, m.group(), s, null, 1, m.group(2)));
            }
            m = RATE.matcher(s);
            while (m.find()) {
                double value = Double.parseDouble(m.group(1));
                if (value <= 100) {
                    found.add(new PlanText.Proposal(PlanText.ProposalKind.RATE, m.group(), s, null,
                            (int) Math.round(value), "%"));
                }
            }
        }
        return found;
    }

    static int number(String digits) {
        if (digits.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(digits);
        }
        String numerals = "零一二三四五六七八九";
        if (digits.equals("两")) {
            return 2;
        }
        if (digits.startsWith("十")) {
            return 10 + (digits.length() > 1 ? numerals.indexOf(digits.charAt(1)) : 0);
        }
        if (digits.length() == 3 && digits.charAt(1) == '十') {
            return numerals.indexOf(digits.charAt(0)) * 10 + numerals.indexOf(digits.charAt(2));
        }
        if (digits.length() == 2 && digits.charAt(1) == '十') {
            return numerals.indexOf(digits.charAt(0)) * 10;
        }
        return Math.max(numerals.indexOf(digits.charAt(0)), 0);
    }

    private static PlanText.Proposal deadline(String phrase, String sentence, LocalDate date) {
        return new PlanText.Proposal(PlanText.ProposalKind.DEADLINE, phrase, sentence, date, null, null);
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static void closeTask(List<PartBuilder> parts, TaskBuilder task) {
        if (task != null) {
            parts.get(parts.size() - 1).tasks.add(task);
        }
    }

    private static void appendLine(StringBuilder text, String line) {
        if (!text.isEmpty()) {
            text.append('\n');
        }
        text.append(line);
    }

    private static String clean(String line) {
        return line.replace('\u00a0', ' ').replace('\u3000', ' ').strip();
    }

    private static String stripEnd(String title) {
        return title.replaceAll("[。:：]+$", "").strip();
    }

    private static final class PartBuilder {
        final int seq;
        final String title;
        final List<TaskBuilder> tasks = new ArrayList<>();

        PartBuilder(int seq, String title) {
            this.seq = seq;
            this.title = title;
        }

        PlanText.Part build(Integer year) {
            return new PlanText.Part(seq, title, tasks.stream().map(t -> t.build(year)).toList());
        }
    }

    private static final class TaskBuilder {
        final int number;
        final StringBuilder text;

        TaskBuilder(int number, String first) {
            this.number = number;
            this.text = new StringBuilder(first);
        }

        boolean hasUnits() {
            return UNITS.matcher(text).find();
        }

        void append(String line) {
            text.append('\n').append(line);
        }

        PlanText.Task build(Integer year) {
            String all = text.toString();
            List<String> leads = List.of();
            List<String> others = List.of();
            Matcher units = UNITS.matcher(all);
            if (units.find()) {
                leads = names(units.group(1));
                others = names(units.group(2));
                all = all.substring(0, units.start()).strip();
            }
            int stop = all.indexOf('。');
            String title = stop < 0 ? all : all.substring(0, stop);
            String body = stop < 0 ? "" : all.substring(stop + 1).strip();
            if (title.length() > 300) {
                title = title.substring(0, 300);
            }
            return new PlanText.Task(number, title.strip(), body, leads, others, proposals(all, year));
        }
    }
}
