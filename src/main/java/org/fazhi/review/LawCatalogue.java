package org.fazhi.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A catalogue of laws and regulations with their versions (法律法规版本目录), used to flag citations of a law that has
 * been repealed, or of a version that has since been revised. Entries are the laws the platform's rules rest on (the
 * rules digest) and the ones normative documents cite most; each version is the date it took effect.
 */
final class LawCatalogue {

    record Version(String label, LocalDate effective) {
    }

    /**
     * @param name        short name without 中华人民共和国
     * @param versions    versions, oldest first
     * @param repealedOn  date it ceased to have effect, or null
     * @param replacedBy  what replaced it
     */
    record Law(String name, List<Version> versions, LocalDate repealedOn, String replacedBy) {
        Version latest() {
            return versions.get(versions.size() - 1);
        }
    }

    private static Law law(String name, Object... versions) {
        List<Version> list = new ArrayList<>();
        for (int i = 0; i < versions.length; i += 2) {
            list.add(new Version((String) versions[i], LocalDate.parse((String) versions[i + 1])));
        }
        return new Law(name, List.copyOf(list), null, null);
    }

    private static Law repealed(String name, String enacted, String repealedOn, String replacedBy) {
        return new Law(name, List.of(new Version("", LocalDate.parse(enacted))), LocalDate.parse(repealedOn), replacedBy);
    }

    static final List<Law> LAWS = List.of(
            law("行政复议法", "1999年", "1999-10-01", "2009年修正", "2009-08-27", "2017年修正", "2018-01-01",
                    "2023年修订", "2024-01-01"),
            law("行政处罚法", "1996年", "1996-10-01", "2009年修正", "2009-08-27", "2017年修正", "2018-01-01",
                    "2021年修订", "2021-07-15"),
            law("行政许可法", "2003年", "2004-07-01", "2019年修正", "2019-04-23"),
            law("行政强制法", "2011年", "2012-01-01"),
            law("行政诉讼法", "1989年", "1990-10-01", "2014年修正", "2015-05-01", "2017年修正", "2017-07-01"),
            law("立法法", "2000年", "2000-07-01", "2015年修正", "2015-03-15", "2023年修正", "2023-03-15"),
            law("反垄断法", "2007年", "2008-08-01", "2022年修正", "2022-08-01"),
            law("政府信息公开条例", "2007年", "2008-05-01", "2019年修订", "2019-05-15"),
            law("重大行政决策程序暂行条例", "2019年", "2019-09-01"),
            law("优化营商环境条例", "2019年", "2020-01-01"),
            law("公平竞争审查条例", "2024年", "2024-08-01"),
            law("法规规章备案审查条例", "2024年", "2024-11-01"),
            law("民法典", "2020年", "2021-01-01"),
            law("食品安全法", "2009年", "2009-06-01", "2015年修订", "2015-10-01", "2018年修正", "2018-12-29",
                    "2021年修正", "2021-04-29"),
            law("个人信息保护法", "2021年", "2021-11-01"),
            law("民事诉讼法", "1991年", "1991-04-09", "2007年修正", "2008-04-01", "2012年修正", "2013-01-01",
                    "2017年修正", "2017-07-01", "2021年修正", "2022-01-01", "2023年修正", "2024-01-01"),
            repealed("法规规章备案条例", "2002-01-01", "2024-11-01", "《法规规章备案审查条例》（2024年）"),
            repealed("民法通则", "1987-01-01", "2021-01-01", "《中华人民共和国民法典》"),
            repealed("合同法", "1999-10-01", "2021-01-01", "《中华人民共和国民法典》"),
            repealed("物权法", "2007-10-01", "2021-01-01", "《中华人民共和国民法典》"),
            repealed("担保法", "1995-10-01", "2021-01-01", "《中华人民共和国民法典》"),
            repealed("侵权责任法", "2010-07-01", "2021-01-01", "《中华人民共和国民法典》"));

    /** 《…》 optionally followed by （2017年修正） or (2017年修订). */
    private static final Pattern CITATION = Pattern.compile("《([^》]{2,60})》\\s*[（(]?\\s*((\\d{4})年(修正|修订|版)?)?");

    private LawCatalogue() {
    }

    static List<ReviewAssistant.CitationFlag> check(String text, LocalDate today) {
        List<ReviewAssistant.CitationFlag> flags = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Matcher m = CITATION.matcher(text);
        while (m.find()) {
            String cited = m.group(1);
            String name = cited.replace("中华人民共和国", "");
            String year = m.group(3);
            String key = name + "|" + year;
            if (!seen.add(key)) {
                continue;
            }
            for (Law law : LAWS) {
                if (!law.name().equals(name)) {
                    continue;
                }
                String shown = "《" + cited + "》" + (year == null ? "" : "（" + year + "年）");
                if (law.repealedOn() != null && !today.isBefore(law.repealedOn())) {
                    flags.add(new ReviewAssistant.CitationFlag(shown, law.name(),
                            "已于 " + law.repealedOn() + " 废止，现行依据为" + law.replacedBy(), "ERROR"));
                } else if (year != null && Integer.parseInt(year) < law.latest().effective().getYear()
                        && !law.latest().label().startsWith(year)) {
                    flags.add(new ReviewAssistant.CitationFlag(shown, law.name(),
                            "引用的版本已被" + law.latest().label() + "文本取代（" + law.latest().effective()
                                    + " 施行），请核对条文序号和内容", "ERROR"));
                } else if (year == null && law.versions().size() > 1
                        && law.latest().effective().isAfter(today.minusYears(5))) {
                    flags.add(new ReviewAssistant.CitationFlag(shown, law.name(),
                            "该法于" + law.latest().label().replace("年", " 年") + "（" + law.latest().effective()
                                    + " 施行），请确认所引条文为现行文本的条文序号", "NOTE"));
                }
            }
        }
        return flags;
    }
}
