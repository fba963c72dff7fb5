package org.fazhi.org.imports;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** Import batches (导入批次): one row per imported file, so that the same file is never imported twice. */
@Repository
class ImportBatches {

    private final JdbcClient jdbc;

    ImportBatches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A previous import of the same file. */
    record Previous(long id, Instant at, String by) {
    }

    Optional<Previous> find(String countyCode, String kind, String sha256) {
        return jdbc.sql("""
                        SELECT id, created_at, created_by FROM org_import_batch
                        WHERE county_code = :c AND kind = :k AND file_sha256 = :h""")
                .param("c", countyCode).param("k", kind).param("h", sha256)
                .query((rs, n) -> new Previous(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3)))
                .optional();
    }

    /** Records the batch; the unique index rejects a concurrent import of the same file. */
    long insert(String countyCode, String kind, String sha256, String fileName, int rows, String actor, Instant at) {
        return jdbc.sql("""
                        INSERT INTO org_import_batch (county_code, kind, file_sha256, file_name, row_count, created_at,
                            created_by)
                        VALUES (:c, :k, :h, :f, :r, :at, :by) RETURNING id""")
                .param("c", countyCode).param("k", kind).param("h", sha256).param("f", fileName).param("r", rows)
                .param("at", Timestamp.from(at)).param("by", actor).query(Long.class).single();
    }
}
