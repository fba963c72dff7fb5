package org.fazhi.enforcement.internal;

import org.fazhi.enforcement.internal.Registry.CertRef;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Stores checked decisions with PostgreSQL {@code COPY} inside the caller's transaction (批量写入): ids are taken from the
 * sequence in one round trip, then the records, their officers and their whole-process items each go in one COPY. This
 * is the fastest way PostgreSQL offers to load rows (DESIGN §8) and keeps a batch all-or-nothing.
 */
@Component
class RecordWriter {

    static final String RECORD_COLUMNS = "id, county_code, unit_id, body_id, power_id, township_unit_id, kind, decision_no, "
            + "decision_date, party_type, party_name, party_credit_code, party_id_number, party_phone, party_address, "
            + "legal_basis, facts, result, fine_amount, confiscation_amount, review_required, review_done, review_ref, "
            + "review_date, source, batch_id, content_sha256, status, publicity_due, published_on, created_at, created_by, "
            + "updated_at, updated_by";

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    RecordWriter(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** A checked decision with what the ingest adds: its new id and its publicity deadline. */
    record Row(long id, RecordRules.Valid v, LocalDate publicityDue) {
    }

    List<Long> allocateIds(int n) {
        return jdbc.sql("SELECT nextval('enf_record_id_seq') FROM generate_series(1, :n)").param("n", n)
                .query(Long.class).list();
    }

    void write(List<Row> rows, String source, long batchId, String actor, Instant now) {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder records = new StringBuilder(rows.size() * 400);
        StringBuilder officers = new StringBuilder(rows.size() * 60);
        StringBuilder items = new StringBuilder();
        String ts = now.toString();
        for (Row row : rows) {
            RecordRules.Valid v = row.v();
            String county = v.body().countyCode();
            csv(records, row.id(), county, v.body().unitId(), v.body().id(), v.power().id(), v.townshipUnitId(),
                    v.kind().name(), v.decisionNo(), v.decisionDate(), v.partyType(), v.partyName(), v.partyCreditCode(),
                    v.partyIdNumber(), v.partyPhone(), v.partyAddress(), v.legalBasis(), v.facts(), v.result(),
                    v.fineAmount().toPlainString(), v.confiscationAmount().toPlainString(), v.reviewRequired(),
                    v.reviewDone(), v.reviewRef(), v.reviewDate(), source, batchId, v.contentHash(), "EFFECTIVE",
                    row.publicityDue(), v.publishedOn(), ts, actor, ts, actor);
            for (CertRef c : v.officers()) {
                csv(officers, row.id(), county, c.officerId(), c.id());
            }
            for (RecordInput.ProcessItem i : v.processItems()) {
                csv(items, county, row.id(), i.stage(), i.media(), i.title().trim(), i.recordedAt(), i.uri().trim(),
                        i.sha256(), i.size());
            }
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn("COPY enf_record (" + RECORD_COLUMNS + ") FROM STDIN (FORMAT csv)", new StringReader(records.toString()));
            if (!officers.isEmpty()) {
                copy.copyIn("COPY enf_record_officer (record_id, county_code, officer_id, certificate_id) FROM STDIN (FORMAT csv)",
                        new StringReader(officers.toString()));
            }
            if (!items.isEmpty()) {
                copy.copyIn("COPY enf_record_item (county_code, record_id, stage, media, title, recorded_at, storage_uri, "
                        + "sha256, size_bytes) FROM STDIN (FORMAT csv)", new StringReader(items.toString()));
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("写入执法决定失败：" + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** One CSV line: null as an unquoted empty field (COPY's NULL), everything else quoted. */
    static void csv(StringBuilder sb, @Nullable Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            Object v = values[i];
            if (v == null) {
                continue;
            }
            String s = v.toString();
            sb.append('"');
            if (s.indexOf('"') < 0) {
                sb.append(s); // the common case: nothing to double, one bulk copy
            } else {
                for (int k = 0; k < s.length(); k++) {
                    char ch = s.charAt(k);
                    if (ch == '"') {
                        sb.append('"');
                    }
                    sb.append(ch);
                }
            }
            sb.append('"');
        }
        sb.append('\n');
    }
}
