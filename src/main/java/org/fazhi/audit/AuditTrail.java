package org.fazhi.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.fazhi.shared.AuditableEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Appends entries to the audit log (审计留痕). Every {@link AuditableEvent} is recorded automatically; call this bean
 * directly only for facts that are not events of their own, such as an export with its filters as details.
 *
 * <p>One chain per county (tenant) rather than one global chain. Because an entry is written inside the transaction of
 * the change it records, the chain head stays locked until that transaction ends; with a single global head every
 * write of every county in a province deployment would queue behind every other. Per-county chains keep that queue
 * local to one county, keep each chain on the shard of its {@code county_code} (DESIGN §4), and let a county verify its
 * own chain. Verifying "everything" is simply verifying each chain; {@link AuditVerifier} does that.
 *
 * <p>Events published inside a transaction are appended when it is about to commit ({@link AuditEventRecorder}), so the
 * head lock is the last lock a business transaction takes and is held for the commit only, which keeps lock waits short
 * and deadlocks unlikely; PostgreSQL detects and aborts the rare one.
 */
@Service
public class AuditTrail {

    private static final Pattern COUNTY = Pattern.compile("\\d{6}");
    private static final int SUMMARY_MAX = 1000;
    private static final int CLIENT_IP_MAX = 45;

    private final AuditEntries entries;
    private final JsonMapper json;
    private final Clock clock;

    AuditTrail(AuditEntries entries, JsonMapper json, Clock clock) {
        this.entries = entries;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Records the event in the current transaction, or in a transaction of its own when none is active.
     *
     * @return the stored entry
     */
    @Transactional
    public AuditEntry record(AuditableEvent event) {
        return record(event, null);
    }

    /** Records the event in a transaction of its own, even when one is active (after a commit, for example). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public AuditEntry recordSeparately(AuditableEvent event) {
        return record(event, null);
    }

    /**
     * Records the event with further facts (any value Jackson can turn into JSON: maps, records, dates …), stored as
     * canonical JSON. ID-card and mobile numbers in the summary and in the details' text are masked.
     */
    @Transactional
    public AuditEntry record(AuditableEvent event, @Nullable Object details) {
        String county = require(event.countyCode(), "countyCode");
        if (!COUNTY.matcher(county).matches()) {
            throw new IllegalArgumentException("审计事件的县代码必须是6位数字：" + county);
        }
        String detailsText = details == null ? null : CanonicalJson.value(masked(json.convertValue(details, Object.class)));
        AuditEntries.Head head = entries.lockHead(county, clock.instant());
        // Time is read after the lock, so times never go backwards along a chain.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AuditEntry entry = EntryHash.sealed(new AuditEntry(head.nextId(), county, head.lastSeq() + 1, now,
                require(event.actor(), "actor"), require(event.action(), "action"),
                require(event.objectType(), "objectType"), clean(event.objectId()), summary(event.summary()),
                detailsText, clientIp(), head.lastHash(), ""));
        entries.append(entry);
        return entry;
    }

    private static String summary(@Nullable String summary) {
        String text = PiiMasking.mask(clean(summary));
        if (text == null) {
            return "";
        }
        return text.length() > SUMMARY_MAX ? text.substring(0, SUMMARY_MAX - 1) + "…" : text;
    }

    /** Masks PII in every string of a details tree; numbers that look like a mobile or ID number become masked text. */
    private static @Nullable Object masked(@Nullable Object value) {
        if (value instanceof String s) {
            return PiiMasking.mask(clean(s));
        }
        if (value instanceof Long || value instanceof Integer || value instanceof java.math.BigInteger) {
            String digits = value.toString();
            String masked = PiiMasking.mask(digits);
            return digits.equals(masked) ? value : masked;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, @Nullable Object> out = new java.util.LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), masked(v)));
            return out;
        }
        if (value instanceof java.util.Collection<?> list) {
            return list.stream().map(AuditTrail::masked).toList();
        }
        return value;
    }

    /** PostgreSQL text cannot hold U+0000; drop it before hashing so the stored text is the hashed text. */
    private static @Nullable String clean(@Nullable String text) {
        return text == null ? null : text.replace("\u0000", "");
    }

    private static String require(@Nullable String value, String field) {
        String text = clean(value);
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("审计事件缺少字段：" + field);
        }
        return text;
    }

    private static @Nullable String clientIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            String address = request.getRemoteAddr();
            return address == null || address.length() <= CLIENT_IP_MAX ? address : address.substring(0, CLIENT_IP_MAX);
        }
        return null;
    }
}
