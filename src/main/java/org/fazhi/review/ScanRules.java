package org.fazhi.review;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules of the review assistant (审查提示规则). Each rule names the prohibition it guards and the article that sets
 * it; a rule fires on a sentence when its pattern matches and none of its exemptions does (e.g. a sentence that merely
 * refers to a law's own penalty clause, or one that binds the administration rather than citizens).
 */
final class ScanRules {

    /** Who a restriction or obligation binds when it binds the public, not the administration. */
    private static final String PRIVATE_PARTY = "(公民|居民|村民|群众|个人|法人|企业|经营者|经营单位|市场主体|其他组织"
            + "|当事人|申请人|单位和个人|从业人员|商户|业主|用人单位|生产经营者|投资者)";
    /** A sentence that only restates or refers to a law ("依照《食品安全法》的规定处罚") creates nothing itself. */
    private static final Pattern REFERRAL = Pattern.compile("(依照|依据|按照|根据)[^。；]*《[^》]+》[^。；]*(规定|处理|处罚|执行)");
    private static final Pattern AMOUNT = Pattern.compile("\\d+(\\.\\d+)?\\s*(元|万元|倍)|[一二三四五六七八九十百千万]+元");
    private static final Pattern BINDS_ADMINISTRATION = Pattern.compile("^[^，。；]*(行政机关|各级人民政府|政府|部门|工作人员|执法人员|本机关|各单位)[^，。；]*(不得|应当|禁止)");

    record Rule(String code, String name, String reason, String basis, Pattern pattern, Pattern exemption,
                boolean referralExempts, boolean privatePartyOnly) {

        boolean matches(String sentence) {
            if (!pattern.matcher(sentence).find()) {
                return false;
            }
            if (exemption != null && exemption.matcher(sentence).find()) {
                return false;
            }
            if (referralExempts && REFERRAL.matcher(sentence).find() && !AMOUNT.matcher(sentence).find()) {
                return false;
            }
            if (privatePartyOnly && (!Pattern.compile(PRIVATE_PARTY).matcher(sentence).find()
                    || BINDS_ADMINISTRATION.matcher(sentence).find())) {
                return false;
            }
            return true;
        }
    }

    static final List<Rule> RULES = List.of(
            new Rule("PENALTY", "设定行政处罚",
                    "规范性文件不得设定行政处罚：本句规定了罚款、没收、吊销、暂扣、责令停产停业或拘留等处罚",
                    "《中华人民共和国行政处罚法》第十六条：除法律、法规、规章外，其他规范性文件不得设定行政处罚",
                    Pattern.compile("罚款|没收(违法所得|非法财物)|吊销|暂扣|责令停产停业|责令关闭|行政拘留|限制从业|降低资质等级|处以[^，。；]*罚"),
                    Pattern.compile("(不得|严禁|禁止)[^。；]*(罚款|没收|吊销)"), true, false),
            new Rule("LICENCE", "设定行政许可",
                    "规范性文件不得设定行政许可：本句要求事先批准、许可、审批或核准方可从事某项活动",
                    "《中华人民共和国行政许可法》第十七条：除本法第十四条、第十五条规定的外，其他规范性文件一律不得设定行政许可",
                    Pattern.compile("(须经|应当经|必须经|需经|应经)[^，。；]*(批准|许可|审批|核准|同意)"
                            + "|(未经|没有取得|未取得)[^，。；]*(批准|许可|审批|核准)[^。；]*不得"
                            + "|取得[^，。；]*(许可证|审批|核准|资格证)[^，。；]*(方可|后方|才能)"
                            + "|(实行|实施)[^，。；]*(许可|审批|核准)(制度|管理)"),
                    null, true, false),
            new Rule("COERCION", "设定行政强制",
                    "规范性文件不得设定行政强制措施或者行政强制执行：本句规定了查封、扣押、冻结、强制拆除、加处罚款等",
                    "《中华人民共和国行政强制法》第十条第四款、第十三条：法律、法规以外的其他规范性文件不得设定行政强制措施；行政强制执行由法律设定",
                    Pattern.compile("查封|扣押|冻结(存款|汇款|账户|财产)?|强制拆除|强行拆除|强制清除|强制执行|代履行|加处罚款|滞纳金"),
                    Pattern.compile("(不得|严禁|禁止)[^。；]*(查封|扣押|冻结|强制)"), true, false),
            new Rule("FEE", "设定收费",
                    "规范性文件不得违法设定收费项目或者要求缴纳保证金、押金：本句向公民、法人或者其他组织收取费用",
                    "国办发〔2018〕37号（严禁越权发文：不得违法增加公民、法人和其他组织的义务）；《优化营商环境条例》第六十四条第一款",
                    Pattern.compile("(收取|缴纳|交纳|缴交|征收)[^，。；]*(费|保证金|押金|基金|赞助)|收费标准"),
                    Pattern.compile("(免收|免征|不收取|不得[^。；]*(收取|缴纳)|严禁[^。；]*收取|禁止[^。；]*收取|退还)"), true, false),
            new Rule("CONDITION", "增设许可条件或者证明",
                    "规范性文件不得增设行政许可条件，不得要求提供循环证明、重复证明、无谓证明：本句在法定条件之外增加了材料或条件",
                    "《中华人民共和国行政许可法》第十六条第四款；国办发〔2018〕37号（不得增加办理行政许可事项的条件，不得规定出具循环证明、重复证明、无谓证明）",
                    Pattern.compile("(还应当|还须|还需|另须|另需|并须|同时须|同时应当|还应)(提交|提供|具备|取得|出具|持有)"
                            + "|(开具|出具)[^，。；]*证明|本地户籍|本地社保|无犯罪记录证明"),
                    null, false, false),
            new Rule("RIGHTS", "减损权利",
                    "规范性文件没有法律、法规依据，不得减损公民、法人和其他组织的合法权益：本句对其作出禁止或者限制",
                    "《优化营商环境条例》第六十四条第一款（没有法律、法规或者国务院决定和命令依据的，不得减损市场主体合法权益）；国办发〔2018〕37号",
                    Pattern.compile("(不得|禁止|严禁|不准|限制|暂停)"),
                    Pattern.compile("(不得|禁止|严禁)[^。；]*(收取|罚款|查封|扣押|违法|擅自|侵犯|歧视|泄露|伪造|变造|冒用)"), false, true),
            new Rule("OBLIGATION", "增加义务",
                    "规范性文件没有法律、法规依据，不得增加公民、法人和其他组织的义务：本句要求其作出某种行为",
                    "《优化营商环境条例》第六十四条第一款（不得增加市场主体义务）；国办发〔2018〕37号",
                    Pattern.compile("(应当|必须|须|一律)(缴纳|交纳|提供|报送|购买|参加|参保|接受|签订|承担|安装|配备|聘请|加入|使用|登记|备案)"),
                    null, true, true),
            new Rule("COMPETITION", "排除、限制竞争",
                    "可能排除、限制竞争：限定或者指定经营者、商品，设置地域壁垒，或者给予特定经营者优惠，须经公平竞争审查",
                    "《中华人民共和国反垄断法》第三十九条至第四十五条（滥用行政权力排除、限制竞争）；《优化营商环境条例》第六十三条、第六十四条",
                    Pattern.compile("(指定|限定)[^，。；]*(企业|经营者|供应商|机构|单位|产品|商品|品牌|服务)"
                            + "|(本地|本县|本市|本区域|辖区内)[^，。；]*(企业|产品|商品|供应商)[^，。；]*(优先|方可|才能|限于)"
                            + "|优先(采购|使用|选用|选择)[^，。；]*(本地|本县|本市)"
                            + "|(外地|外省|外县|外埠)[^，。；]*(企业|经营者|产品|商品)"
                            + "|(准入|退出)条件|排除[^，。；]*竞争|限制[^，。；]*竞争"
                            + "|(给予|享受)[^，。；]*(财政返还|税收优惠|补贴|奖励)[^，。；]*(本地|特定|指定)"),
                    Pattern.compile("(不得|禁止|严禁)[^。；]*(指定|限定|排除|限制竞争|歧视)"), false, false));

    private ScanRules() {
    }

    /** The rules that fire on a sentence. */
    static List<Rule> matching(String sentence) {
        List<Rule> hits = new ArrayList<>();
        for (Rule rule : RULES) {
            if (rule.matches(sentence)) {
                hits.add(rule);
            }
        }
        return hits;
    }

    /** Sentences split at 。！？； and line ends, trimmed, blank ones dropped. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                flush(current, out);
                continue;
            }
            current.append(c);
            if (c == '。' || c == '！' || c == '？' || c == '；' || c == ';') {
                flush(current, out);
            }
        }
        flush(current, out);
        return out;
    }

    private static void flush(StringBuilder current, List<String> out) {
        String s = current.toString().strip().replaceAll("^[\\u3000\\s]+", "");
        if (!s.isEmpty()) {
            out.add(s);
        }
        current.setLength(0);
    }
}
