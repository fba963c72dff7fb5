package org.fazhi.enforcement.internal;

import org.fazhi.shared.BusinessException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a batch body ({@code {"batchId": …, "records": [ … ]}}) token by token straight into {@link RecordInput}s
 * (流式解析). A batch is up to 5000 decisions (~4 MB): binding it through the generic record deserializer took about a
 * third of the server's CPU per batch in profiles, most of it in reflection-based construction and date parsing. The
 * accepted shape is the same: unknown fields are skipped, {@code null} is allowed everywhere, a malformed body or a
 * value of the wrong type is refused with a Chinese message naming the field.
 */
final class BatchJson {

    private BatchJson() {
    }

    record Batch(@Nullable String batchId, @Nullable List<RecordInput> records) {
    }

    static Batch read(JsonMapper mapper, InputStream in) {
        try (JsonParser p = mapper.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw BusinessException.invalid("请求体应为 JSON 对象：{\"batchId\": …, \"records\": […]}");
            }
            String batchId = null;
            List<RecordInput> records = null;
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                JsonToken t = p.nextToken();
                switch (name) {
                    case "batchId" -> batchId = text(p, t, name);
                    case "records" -> records = records(p, t);
                    default -> p.skipChildren();
                }
            }
            return new Batch(batchId, records);
        } catch (JacksonException e) {
            throw BusinessException.invalid("请求体不是有效的 JSON（第 " + e.getLocation().getLineNr() + " 行第 "
                    + e.getLocation().getColumnNr() + " 列）：" + e.getOriginalMessage());
        }
    }

    private static @Nullable List<RecordInput> records(JsonParser p, JsonToken t) {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        expectArray(t, "records");
        List<RecordInput> out = new ArrayList<>();
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
            out.add(e == JsonToken.VALUE_NULL ? null : record(p, e, out.size() + 1));
        }
        return out;
    }

    private static RecordInput record(JsonParser p, JsonToken t, int row) {
        if (t != JsonToken.START_OBJECT) {
            throw BusinessException.invalid("records 第 " + row + " 条应为 JSON 对象");
        }
        String body = null, powerCode = null, kind = null, decisionNo = null, partyType = null, partyName = null,
                creditCode = null, idNumber = null, phone = null, address = null, legalBasis = null, facts = null,
                result = null, township = null, reviewRef = null;
        LocalDate decisionDate = null, reviewDate = null, publishedOn = null;
        BigDecimal fine = null, confiscation = null;
        Boolean reviewRequired = null, reviewDone = null;
        List<String> officers = null;
        List<RecordInput.ProcessItem> items = null;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            JsonToken v = p.nextToken();
            String field = "records 第 " + row + " 条的 " + name;
            switch (name) {
                case "body" -> body = text(p, v, field);
                case "powerCode" -> powerCode = text(p, v, field);
                case "kind" -> kind = text(p, v, field);
                case "decisionNo" -> decisionNo = text(p, v, field);
                case "decisionDate" -> decisionDate = date(p, v, field);
                case "partyType" -> partyType = text(p, v, field);
                case "partyName" -> partyName = text(p, v, field);
                case "partyCreditCode" -> creditCode = text(p, v, field);
                case "partyIdNumber" -> idNumber = text(p, v, field);
                case "partyPhone" -> phone = text(p, v, field);
                case "partyAddress" -> address = text(p, v, field);
                case "legalBasis" -> legalBasis = text(p, v, field);
                case "facts" -> facts = text(p, v, field);
                case "result" -> result = text(p, v, field);
                case "fineAmount" -> fine = decimal(p, v, field);
                case "confiscationAmount" -> confiscation = decimal(p, v, field);
                case "township" -> township = text(p, v, field);
                case "reviewRequired" -> reviewRequired = bool(p, v, field);
                case "reviewDone" -> reviewDone = bool(p, v, field);
                case "reviewRef" -> reviewRef = text(p, v, field);
                case "reviewDate" -> reviewDate = date(p, v, field);
                case "officers" -> officers = texts(p, v, field);
                case "publishedOn" -> publishedOn = date(p, v, field);
                case "processRecords" -> items = items(p, v, field);
                default -> p.skipChildren();
            }
        }
        return new RecordInput(body, powerCode, kind, decisionNo, decisionDate, partyType, partyName, creditCode,
                idNumber, phone, address, legalBasis, facts, result, fine, confiscation, township, reviewRequired,
                reviewDone, reviewRef, reviewDate, officers, publishedOn, items);
    }

    private static @Nullable List<RecordInput.ProcessItem> items(JsonParser p, JsonToken t, String field) {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        expectArray(t, field);
        List<RecordInput.ProcessItem> out = new ArrayList<>();
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
            if (e == JsonToken.VALUE_NULL) {
                out.add(null);
                continue;
            }
            if (e != JsonToken.START_OBJECT) {
                throw BusinessException.invalid(field + " 的每一项应为 JSON 对象");
            }
            String stage = null, media = null, title = null, uri = null, sha256 = null;
            OffsetDateTime at = null;
            Long size = null;
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                JsonToken v = p.nextToken();
                String f = field + "." + name;
                switch (name) {
                    case "stage" -> stage = text(p, v, f);
                    case "media" -> media = text(p, v, f);
                    case "title" -> title = text(p, v, f);
                    case "uri" -> uri = text(p, v, f);
                    case "sha256" -> sha256 = text(p, v, f);
                    case "recordedAt" -> at = dateTime(p, v, f);
                    case "size" -> size = v == JsonToken.VALUE_NULL ? null : whole(p, v, f);
                    default -> p.skipChildren();
                }
            }
            out.add(new RecordInput.ProcessItem(stage, media, title, at, uri, sha256, size));
        }
        return out;
    }

    private static @Nullable List<String> texts(JsonParser p, JsonToken t, String field) {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        expectArray(t, field);
        List<String> out = new ArrayList<>(2);
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
            out.add(text(p, e, field));
        }
        return out;
    }

    private static void expectArray(JsonToken t, String field) {
        if (t != JsonToken.START_ARRAY) {
            throw BusinessException.invalid(field + " 应为数组");
        }
    }

    private static @Nullable String text(JsonParser p, JsonToken t, String field) {
        return switch (t) {
            case VALUE_NULL -> null;
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getString();
            default -> throw BusinessException.invalid(field + " 应为文本");
        };
    }

    private static @Nullable Boolean bool(JsonParser p, JsonToken t, String field) {
        return switch (t) {
            case VALUE_NULL -> null;
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_STRING -> switch (p.getString().trim()) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                case "" -> null;
                default -> throw BusinessException.invalid(field + " 应为 true 或 false");
            };
            default -> throw BusinessException.invalid(field + " 应为 true 或 false");
        };
    }

    private static @Nullable BigDecimal decimal(JsonParser p, JsonToken t, String field) {
        return switch (t) {
            case VALUE_NULL -> null;
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getDecimalValue();
            case VALUE_STRING -> {
                try {
                    yield p.getString().isBlank() ? null : new BigDecimal(p.getString().trim());
                } catch (NumberFormatException e) {
                    throw BusinessException.invalid(field + " 应为金额数字");
                }
            }
            default -> throw BusinessException.invalid(field + " 应为金额数字");
        };
    }

    private static long whole(JsonParser p, JsonToken t, String field) {
        if (t != JsonToken.VALUE_NUMBER_INT) {
            throw BusinessException.invalid(field + " 应为整数");
        }
        return p.getLongValue();
    }

    /** {@code yyyy-MM-dd}, read directly in the common case (the ISO formatter is the slow part of date binding). */
    static @Nullable LocalDate date(JsonParser p, JsonToken t, String field) {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_STRING) {
            throw BusinessException.invalid(field + " 应为日期，格式 yyyy-MM-dd");
        }
        return date(p.getString(), field);
    }

    static @Nullable LocalDate date(String s, String field) {
        if (s.isBlank()) {
            return null;
        }
        try {
            if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
                return LocalDate.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
            }
            return LocalDate.parse(s);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            throw BusinessException.invalid(field + " 不是有效的日期（格式 yyyy-MM-dd）：" + s);
        }
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException(s);
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static @Nullable OffsetDateTime dateTime(JsonParser p, JsonToken t, String field) {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_STRING) {
            throw BusinessException.invalid(field + " 应为带时区的时间，如 2025-03-01T10:00:00+08:00");
        }
        try {
            return OffsetDateTime.parse(p.getString());
        } catch (DateTimeParseException e) {
            throw BusinessException.invalid(field + " 应为带时区的时间，如 2025-03-01T10:00:00+08:00");
        }
    }
}
