package org.fazhi.enforcement.internal;

import org.fazhi.org.CreditCodes;
import org.fazhi.org.IdNumbers;
import org.fazhi.enforcement.internal.Registry.BodyRef;
import org.fazhi.enforcement.internal.Registry.CertRef;
import org.fazhi.enforcement.internal.Registry.PowerRef;
import org.fazhi.enforcement.internal.Registry.TownshipRef;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks every enforcement decision passes before it is stored (执法决定校验), whatever its source. Pure: the registry
 * entries it needs are handed in, so that a batch of thousands is checked with a handful of queries and the rules are
 * unit-tested without Spring.
 */
public final class RecordRules {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000000");
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{5,20}");
    private static final Set<String> STAGES = Set.of("FILING", "INVESTIGATION", "REVIEW", "DECISION", "SERVICE", "EXECUTION");
    private static final Set<String> MEDIA = Set.of("TEXT", "AUDIO", "VIDEO");

    private RecordRules() {
    }

    /** What the checks need from the registries, loaded once per batch. */
    public record Context(Map<String, BodyRef> bodiesByNameOrCode, Map<String, List<PowerRef>> powersByCode,
                          Map<String, CertRef> certsByNo, Map<String, TownshipRef> townshipsByName, LocalDate today) {
    }

    /** One problem with one field (行级错误). */
    public record FieldError(String field, String message) {
    }

    /** A decision that passed every check, resolved against the registries, ready to store. */
    public record Valid(BodyRef body, PowerRef power, RecordKind kind, String decisionNo, LocalDate decisionDate,
                        String partyType, String partyName, @Nullable String partyCreditCode,
                        @Nullable String partyIdNumber, @Nullable String partyPhone, @Nullable String partyAddress,
                        String legalBasis, @Nullable String facts, String result, BigDecimal fineAmount,
                        BigDecimal confiscationAmount, @Nullable Long townshipUnitId, boolean reviewRequired,
                        boolean reviewDone, @Nullable String reviewRef, @Nullable LocalDate reviewDate,
                        List<CertRef> officers, @Nullable LocalDate publishedOn,
                        List<RecordInput.ProcessItem> processItems, String contentHash) {
    }

    /** The outcome for one row: either {@link #valid} or the errors. */
    public record Checked(@Nullable Valid valid, List<FieldError> errors) {
    }

    public static Checked check(RecordInput in, Context ctx) {
        return check(in, ctx, false);
    }

    /**
     * @param reviewMayFollow whether a decision that requires 法制审核 may be stored before the review is done (entered by
     *                        hand and then submitted to the review module); batches from departments' systems must carry
     *                        their completed review
     */
    public static Checked check(RecordInput in, Context ctx, boolean reviewMayFollow) {
        List<FieldError> errors = new ArrayList<>();
        String decisionNo = text(in.decisionNo(), 100, "decisionNo", "决定书文号", true, errors);
        String partyName = text(in.partyName(), 200, "partyName", "当事人名称或姓名", true, errors);
        String legalBasis = text(in.legalBasis(), 2000, "legalBasis", "法律依据", true, errors);
        String result = text(in.result(), 2000, "result", "决定内容", true, errors);
        String facts = text(in.facts(), 4000, "facts", "违法事实或申请事项", false, errors);
        String address = text(in.partyAddress(), 300, "partyAddress", "住址", false, errors);
        String phone = text(in.partyPhone(), 20, "partyPhone", "联系电话", false, errors);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            errors.add(new FieldError("partyPhone", "联系电话只能包含数字、+ 和 -"));
        }
        RecordKind kind = RecordKind.parse(in.kind()).orElse(null);
        if (kind == null) {
            errors.add(new FieldError("kind", "决定类别应为行政处罚、行政许可、行政强制或行政检查"));
        }
        LocalDate date = in.decisionDate();
        if (date == null) {
            errors.add(new FieldError("decisionDate", "作出决定日期不能为空"));
        } else if (date.isAfter(ctx.today())) {
            errors.add(new FieldError("decisionDate", "作出决定日期 " + date + " 晚于今天"));
            date = null;
        } else if (date.isBefore(EARLIEST)) {
            errors.add(new FieldError("decisionDate", "作出决定日期不能早于 " + EARLIEST));
            date = null;
        }

        String partyType = partyType(in.partyType(), errors);
        String creditCode = blankToNull(CreditCodes.normalize(in.partyCreditCode()));
        if (creditCode != null) {
            CreditCodes.problem(creditCode).ifPresent(p -> errors.add(new FieldError("partyCreditCode", p)));
        } else if ("ORG".equals(partyType)) {
            errors.add(new FieldError("partyCreditCode", "当事人为法人或其他组织时，统一社会信用代码不能为空"));
        }
        String idNumber = blankToNull(IdNumbers.normalize(in.partyIdNumber()));
        if (idNumber != null) {
            if (!"PERSON".equals(partyType)) {
                errors.add(new FieldError("partyIdNumber", "只有自然人当事人填写身份证号"));
            } else {
                IdNumbers.problem(idNumber).ifPresent(p -> errors.add(new FieldError("partyIdNumber", p)));
            }
        }

        BigDecimal fine = amount(in.fineAmount(), "fineAmount", "罚款金额", errors);
        BigDecimal confiscation = amount(in.confiscationAmount(), "confiscationAmount", "没收金额", errors);
        if (kind != null && kind != RecordKind.PENALTY && (fine.signum() > 0 || confiscation.signum() > 0)) {
            errors.add(new FieldError("fineAmount", "只有行政处罚决定有罚款或没收金额"));
        }

        BodyRef body = null;
        String bodyKey = blankToNull(in.body());
        if (bodyKey == null) {
            errors.add(new FieldError("body", "执法主体不能为空"));
        } else {
            body = ctx.bodiesByNameOrCode().get(bodyKey.trim());
            if (body == null) {
                body = ctx.bodiesByNameOrCode().get(bodyKey.trim().toUpperCase(Locale.ROOT));
            }
            if (body == null) {
                errors.add(new FieldError("body", "执法主体“" + bodyKey + "”未登记或不在本单位报送范围内"));
            } else if (body.closedOn() != null && date != null && date.isAfter(body.closedOn())) {
                errors.add(new FieldError("body", "执法主体“" + body.name() + "”已于 " + body.closedOn()
                        + " 撤销或终止，此后不能再以其名义作出执法决定（决定日期 " + date + "）"));
                body = null;
            }
        }

        Long townshipId = null;
        String townshipName = blankToNull(in.township());
        if (townshipName != null) {
            TownshipRef t = ctx.townshipsByName().get(townshipName);
            if (t == null) {
                errors.add(new FieldError("township", "乡镇（街道）“" + townshipName + "”不存在"));
            } else {
                townshipId = t.id();
            }
        } else if (body != null && body.isTownship()) {
            townshipId = body.unitId();
        }

        PowerRef power = null;
        String powerCode = blankToNull(in.powerCode());
        if (powerCode == null) {
            errors.add(new FieldError("powerCode", "执法事项编码不能为空"));
        } else if (body != null) {
            power = power(ctx.powersByCode().getOrDefault(powerCode.trim(), List.of()), body, powerCode.trim(), kind, date,
                    errors);
        }

        List<CertRef> officers = officers(in.officers(), body, kind, date, ctx, errors);

        boolean reviewRequired = Boolean.TRUE.equals(in.reviewRequired());
        boolean reviewDone = Boolean.TRUE.equals(in.reviewDone());
        String reviewRef = text(in.reviewRef(), 100, "reviewRef", "法制审核意见书编号", false, errors);
        if (reviewRequired && !reviewDone && !reviewMayFollow) {
            errors.add(new FieldError("reviewDone", "重大执法决定未经法制审核或者审核未通过的，不得作出决定"
                    + "（《中华人民共和国行政处罚法》第五十八条、国办发〔2018〕118号）"));
        }
        if (reviewDone && reviewRef == null) {
            errors.add(new FieldError("reviewRef", "已经法制审核的，请填写法制审核意见书编号"));
        }
        if (in.reviewDate() != null && date != null && in.reviewDate().isAfter(date)) {
            errors.add(new FieldError("reviewDate", "法制审核应在作出决定之前完成，审核日期晚于决定日期"));
        }

        LocalDate publishedOn = in.publishedOn();
        if (publishedOn != null && date != null && publishedOn.isBefore(date)) {
            errors.add(new FieldError("publishedOn", "公示日期早于作出决定日期"));
        }
        if (publishedOn != null && publishedOn.isAfter(ctx.today())) {
            errors.add(new FieldError("publishedOn", "公示日期晚于今天"));
        }
        List<RecordInput.ProcessItem> items = in.processRecords() == null ? List.of() : in.processRecords();
        checkItems(items, errors);

        if (!errors.isEmpty() || body == null || power == null || kind == null || date == null || partyType == null) {
            return new Checked(null, errors);
        }
        Valid valid = new Valid(body, power, kind, decisionNo, date, partyType, partyName, creditCode, idNumber, phone,
                address, legalBasis, facts, result, fine, confiscation, townshipId, reviewRequired, reviewDone,
                reviewRef, in.reviewDate(), officers, publishedOn, items, null);
        return new Checked(withHash(valid), List.of());
    }

    private static PowerRef power(List<PowerRef> candidates, BodyRef body, String code, @Nullable RecordKind kind,
                                  @Nullable LocalDate date, List<FieldError> errors) {
        if (candidates.isEmpty()) {
            errors.add(new FieldError("powerCode", "执法事项编码“" + code + "”不在执法事项清单中"));
            return null;
        }
        PowerRef power = candidates.get(0);
        boolean own = power.bodyId() == body.id();
        boolean delegated = date != null && body.isTownship() && power.delegatedTo(body.unitId(), date);
        if (!own && !delegated) {
            errors.add(new FieldError("powerCode", "执法主体“" + body.name() + "”没有“" + power.name()
                    + "”这项执法职权（该事项不属于本主体，也未赋权给本乡镇）"));
            return null;
        }
        if (kind != null && power.type() != kind.powerType()) {
            errors.add(new FieldError("powerCode", "执法事项“" + power.name() + "”是" + power.type().label()
                    + "，与决定类别“" + kind.label() + "”不符"));
            return null;
        }
        if (date != null && power.repealed() && power.to() != null && date.isAfter(power.to())) {
            errors.add(new FieldError("powerCode", "执法事项“" + power.name() + "”已于 " + power.to() + " 废止，决定日 "
                    + date + " 不能再行使"));
            return null;
        }
        if (date != null && !power.inForceOn(date)) {
            errors.add(new FieldError("powerCode", "执法事项“" + power.name() + "”在决定日 " + date + " 不在有效期内"));
            return null;
        }
        return power;
    }

    private static List<CertRef> officers(@Nullable List<String> numbers, @Nullable BodyRef body,
                                          @Nullable RecordKind kind, @Nullable LocalDate date, Context ctx,
                                          List<FieldError> errors) {
        Set<String> distinct = new LinkedHashSet<>();
        if (numbers != null) {
            for (String n : numbers) {
                if (n != null && !n.isBlank()) {
                    distinct.add(n.trim());
                }
            }
        }
        if (kind != null && distinct.size() < kind.minOfficers()) {
            errors.add(new FieldError("officers", kind.label() + "决定应由不少于" + kind.minOfficers()
                    + "名持有执法证件的执法人员承办（《中华人民共和国行政处罚法》第四十二条、《中华人民共和国行政强制法》第十八条）"));
        }
        List<CertRef> found = new ArrayList<>();
        for (String n : distinct) {
            CertRef cert = ctx.certsByNo().get(n);
            if (cert == null) {
                errors.add(new FieldError("officers", "执法证号“" + n + "”未登记"));
                continue;
            }
            if (body != null && cert.bodyId() != body.id()) {
                errors.add(new FieldError("officers", "执法证号“" + n + "”（" + cert.officerName() + "）不属于执法主体“"
                        + body.name() + "”"));
                continue;
            }
            if (date != null) {
                String invalid = cert.invalidOn(date);
                if (invalid != null) {
                    errors.add(new FieldError("officers", invalid + "，不能作为承办人员"));
                    continue;
                }
            }
            found.add(cert);
        }
        return found;
    }

    static void checkItems(List<RecordInput.ProcessItem> items, List<FieldError> errors) {
        if (items.size() > 200) {
            errors.add(new FieldError("processRecords", "全过程记录每件最多 200 条"));
            return;
        }
        int i = 0;
        for (RecordInput.ProcessItem item : items) {
            i++;
            String where = "第" + i + "条全过程记录";
            if (item == null) {
                errors.add(new FieldError("processRecords", where + "为空"));
                continue;
            }
            if (item.stage() == null || !STAGES.contains(item.stage())) {
                errors.add(new FieldError("processRecords", where + "的环节应为 FILING、INVESTIGATION、REVIEW、DECISION、SERVICE 或 EXECUTION"));
            }
            if (item.media() == null || !MEDIA.contains(item.media())) {
                errors.add(new FieldError("processRecords", where + "的载体应为 TEXT、AUDIO 或 VIDEO"));
            }
            if (item.title() == null || item.title().isBlank() || item.title().length() > 300) {
                errors.add(new FieldError("processRecords", where + "的名称不能为空且不超过300字"));
            }
            if (item.uri() == null || item.uri().isBlank() || item.uri().length() > 500) {
                errors.add(new FieldError("processRecords", where + "的存放位置不能为空且不超过500字"));
            }
            if (item.sha256() == null || !SHA256.matcher(item.sha256()).matches()) {
                errors.add(new FieldError("processRecords", where + "的 SHA-256 应为64位小写十六进制"));
            }
            if (item.size() != null && item.size() < 0) {
                errors.add(new FieldError("processRecords", where + "的文件大小不能为负数"));
            }
        }
    }

    private static @Nullable String partyType(@Nullable String value, List<FieldError> errors) {
        String v = blankToNull(value);
        if (v == null) {
            errors.add(new FieldError("partyType", "当事人类型不能为空（自然人或法人和其他组织）"));
            return null;
        }
        return switch (v.trim().toUpperCase(Locale.ROOT)) {
            case "PERSON", "自然人", "公民" -> "PERSON";
            case "ORG", "法人", "法人和其他组织", "法人或其他组织", "其他组织" -> "ORG";
            default -> {
                errors.add(new FieldError("partyType", "当事人类型应为“自然人”或“法人和其他组织”"));
                yield null;
            }
        };
    }

    private static BigDecimal amount(@Nullable BigDecimal value, String field, String label, List<FieldError> errors) {
        if (value == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        if (value.signum() < 0) {
            errors.add(new FieldError(field, label + "不能为负数"));
        } else if (value.compareTo(MAX_AMOUNT) >= 0) {
            errors.add(new FieldError(field, label + "超出合理范围"));
        } else if (value.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError(field, label + "最多保留两位小数（单位：元）"));
        }
        return value.setScale(2, java.math.RoundingMode.DOWN);
    }

    private static @Nullable String text(@Nullable String value, int max, String field, String label, boolean required,
                                         List<FieldError> errors) {
        String v = blankToNull(value);
        if (v == null) {
            if (required) {
                errors.add(new FieldError(field, label + "不能为空"));
            }
            return null;
        }
        v = v.trim();
        if (v.length() > max) {
            errors.add(new FieldError(field, label + "不能超过" + max + "字"));
        }
        return v;
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /**
     * The content hash decides whether a replayed decision is the same one (幂等): every stored field, normalised, in a
     * fixed order, so a replay with the same content changes nothing and one with different content is refused.
     */
    static Valid withHash(Valid v) {
        StringBuilder sb = new StringBuilder(512);
        Object[] parts = {v.body().id(), v.power().id(), v.kind(), v.decisionNo(), v.decisionDate(), v.partyType(),
                v.partyName(), v.partyCreditCode(), v.partyIdNumber(), v.partyPhone(), v.partyAddress(), v.legalBasis(),
                v.facts(), v.result(), v.fineAmount().toPlainString(), v.confiscationAmount().toPlainString(),
                v.townshipUnitId(), v.reviewRequired(), v.reviewDone(), v.reviewRef(), v.reviewDate(),
                v.officers().stream().map(CertRef::certNo).sorted().toList(), v.publishedOn(),
                v.processItems().stream().map(i -> i.stage() + "|" + i.media() + "|" + i.sha256()).toList()};
        for (Object p : parts) {
            sb.append(p == null ? "\u0000" : p.toString()).append('\u001f');
        }
        return new Valid(v.body(), v.power(), v.kind(), v.decisionNo(), v.decisionDate(), v.partyType(), v.partyName(),
                v.partyCreditCode(), v.partyIdNumber(), v.partyPhone(), v.partyAddress(), v.legalBasis(), v.facts(),
                v.result(), v.fineAmount(), v.confiscationAmount(), v.townshipUnitId(), v.reviewRequired(),
                v.reviewDone(), v.reviewRef(), v.reviewDate(), v.officers(), v.publishedOn(), v.processItems(),
                sha256(sb.toString()));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
