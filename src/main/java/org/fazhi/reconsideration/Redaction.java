package org.fazhi.reconsideration;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes personal data from a decision before it is published (个人信息去除, 第七十九条第一款 and 《中华人民共和国个人
 * 信息保护法》第二十八条): natural persons' names become 某 after the surname, ID numbers, mobile and landline numbers
 * and the parties' addresses are removed. Organisations keep their names.
 */
final class Redaction {

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])[1-9][0-9]{5}(?:19|20)[0-9]{2}[0-9]{4}[0-9]{3}[0-9Xx](?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");
    private static final Pattern LANDLINE = Pattern.compile("(?<![0-9])0[0-9]{2,3}-?[0-9]{7,8}(?![0-9])");

    private Redaction() {
    }

    static String redact(String text, List<CaseView.Party> parties) {
        String result = text;
        List<CaseView.Party> byLength = parties.stream()
                .sorted(Comparator.comparingInt((CaseView.Party p) -> -p.name().length())).toList();
        for (CaseView.Party p : byLength) {
            if (p.address() != null && !p.address().isBlank()) {
                result = result.replace(p.address(), "（地址略）");
            }
            if (p.idNumber() != null && !p.idNumber().isBlank()) {
                result = result.replace(p.idNumber(), "（证件号码略）");
            }
            if (p.phone() != null && !p.phone().isBlank()) {
                result = result.replace(p.phone(), "（电话略）");
            }
            if ("PERSON".equals(p.kind())) {
                result = result.replace(p.name(), pseudonym(p.name()));
            }
        }
        result = ID_NUMBER.matcher(result).replaceAll("（证件号码略）");
        result = MOBILE.matcher(result).replaceAll("（电话略）");
        return LANDLINE.matcher(result).replaceAll("（电话略）");
    }

    /** 张三 → 张某; 欧阳小明 → 欧阳某 (common two-character surnames kept whole). */
    static String pseudonym(String name) {
        String n = name.strip();
        if (n.isEmpty()) {
            return n;
        }
        int surname = n.length() >= 3 && COMPOUND.contains(n.substring(0, 2)) ? 2 : 1;
        return n.substring(0, surname) + "某";
    }

    private static final List<String> COMPOUND = List.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙",
            "慕容", "令狐", "长孙", "宇文", "司徒", "夏侯", "轩辕", "端木", "独孤", "南宫", "西门", "百里");
}
