package org.fazhi.files;

import org.fazhi.shared.BusinessException;
import org.fazhi.shared.DocumentNumber;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Document types and the 代字 of their numbers (文书类型与发文机关代字). A number's prefix is, most specific first: the
 * prefix set for the unit and type; otherwise the unit's 发文机关代字 ({@code org_unit.doc_prefix}) followed by the type's
 * suffix (示政 + 复 = 示政复). Types are platform-wide ({@code county_code = '000000'}); modules declare theirs at
 * start-up with {@link #declare}.
 *
 * @see 《党政机关公文格式》（GB/T 9704-2012）7.2.4 发文字号由发文机关代字、年份、发文顺序号组成
 */
@Service
public class DocumentTypes {

    static final String PLATFORM = "000000";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DocumentTypes(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** All document types, in code order. */
    public List<DocumentType> list() {
        return jdbc.sql("SELECT code, name, suffix FROM files_doc_type WHERE county_code = :p AND unit_id IS NULL ORDER BY code")
                .param("p", PLATFORM).query(DocumentType.class).list();
    }

    public Optional<DocumentType> find(String code) {
        return jdbc.sql("SELECT code, name, suffix FROM files_doc_type WHERE county_code = :p AND unit_id IS NULL AND code = :code")
                .param("p", PLATFORM).param("code", code).query(DocumentType.class).optional();
    }

    /** The type, or a Chinese rejection naming the unknown code. */
    public DocumentType require(String code) {
        return find(code == null ? "" : code).orElseThrow(() -> BusinessException.invalid("未知的文书类型“" + code + "”"));
    }

    /**
     * Declares a platform-wide type if it does not exist yet (idempotent), so that a module can number its own
     * documents, e.g. {@code declare("disclosure-reply", "政府信息公开答复", "信复")}.
     */
    @Transactional
    public void declare(String code, String name, String suffix) {
        if (code == null || !code.matches("[a-z][a-z0-9-]{0,31}")) {
            throw new IllegalArgumentException("document type code must be lower-case letters, digits and dashes: " + code);
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        INSERT INTO files_doc_type (county_code, unit_id, code, name, suffix, created_at, created_by, updated_at, updated_by)
                        VALUES (:p, NULL, :code, :name, :suffix, :t, 'system', :t, 'system') ON CONFLICT DO NOTHING""")
                .param("p", PLATFORM).param("code", code).param("name", name).param("suffix", suffix == null ? "" : suffix)
                .param("t", now).update();
    }

    /**
     * The prefix (代字) of a unit's numbers of a type.
     *
     * @throws BusinessException (invalid) when the type is unknown or neither the unit nor the type has a 代字
     */
    public String prefix(String countyCode, long unitId, String code) {
        DocumentType type = require(code);
        Optional<String> own = jdbc.sql("""
                        SELECT prefix FROM files_doc_type
                        WHERE county_code = :county AND unit_id = :unit AND code = :code AND prefix IS NOT NULL""")
                .param("county", countyCode).param("unit", unitId).param("code", code).query(String.class).optional();
        if (own.isPresent()) {
            return own.get();
        }
        // org_unit.doc_prefix is the unit's 发文机关代字; OrgDirectory does not expose it yet, so it is read here.
        String unitPrefix = jdbc.sql("SELECT doc_prefix FROM org_unit WHERE county_code = :county AND id = :unit")
                .param("county", countyCode).param("unit", unitId).query(String.class).optional().orElse(null);
        if (unitPrefix == null || unitPrefix.isBlank()) {
            throw BusinessException.invalid("发文单位尚未设置发文机关代字，请先在单位管理中设置，或为该单位的“"
                    + type.name() + "”设置完整代字");
        }
        return unitPrefix.strip() + type.suffix();
    }

    /**
     * Sets (or with a blank prefix clears) the full 代字 a unit uses for a type, e.g. 示政复 for 行政复议文书. Numbers already
     * issued keep their prefix; the new prefix starts its own series.
     */
    @Transactional
    public void configure(String countyCode, long unitId, String code, String prefix, String actor) {
        DocumentType type = require(code);
        String value = prefix == null || prefix.isBlank() ? null : prefix.strip();
        if (value != null) {
            // The value type rejects digits, brackets and spaces: a prefix that cannot be printed in a number.
            new DocumentNumber(value, 2000, 1);
            boolean taken = jdbc.sql("""
                            SELECT count(*) FROM files_doc_type
                            WHERE county_code = :county AND prefix = :prefix AND unit_id <> :unit""")
                    .param("county", countyCode).param("prefix", value).param("unit", unitId)
                    .query(Integer.class).single() > 0;
            if (taken) {
                throw BusinessException.conflict("代字“" + value + "”已由其他单位使用，同一代字只能属于一个单位");
            }
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        INSERT INTO files_doc_type (county_code, unit_id, code, name, suffix, prefix, created_at, created_by, updated_at, updated_by)
                        VALUES (:county, :unit, :code, :name, :suffix, :prefix, :t, :by, :t, :by)
                        ON CONFLICT (county_code, COALESCE(unit_id, 0), code)
                        DO UPDATE SET prefix = EXCLUDED.prefix, updated_at = EXCLUDED.updated_at,
                                      updated_by = EXCLUDED.updated_by, version = files_doc_type.version + 1""")
                .param("county", countyCode).param("unit", unitId).param("code", code).param("name", type.name())
                .param("suffix", type.suffix()).param("prefix", value).param("t", now).param("by", actor).update();
        events.publishEvent(new DocumentTypeConfigured(countyCode, actor, unitId, code, value));
    }

    /** Prefixes set for units of a county, keyed "unitId:code". */
    public List<UnitPrefix> unitPrefixes(String countyCode) {
        return jdbc.sql("""
                        SELECT unit_id, code, prefix FROM files_doc_type
                        WHERE county_code = :county AND unit_id IS NOT NULL AND prefix IS NOT NULL ORDER BY unit_id, code""")
                .param("county", countyCode).query(UnitPrefix.class).list();
    }

    /** A 代字 set for one unit and type. */
    public record UnitPrefix(long unitId, String code, String prefix) {
    }
}
