package org.fazhi.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Audit settings ({@code fazhi.audit.*}).
 *
 * @param verifyBatchSize entries read per query while verifying a chain: memory stays constant however long it is
 * @param exportLimit     most rows one xlsx export may hold; narrow the filters for more
 */
@ConfigurationProperties("fazhi.audit")
public record AuditSettings(Integer verifyBatchSize, Integer exportLimit) {

    public AuditSettings {
        verifyBatchSize = verifyBatchSize == null ? 1000 : verifyBatchSize;
        exportLimit = exportLimit == null ? 100_000 : exportLimit;
        if (verifyBatchSize < 1 || exportLimit < 1) {
            throw new IllegalArgumentException("fazhi.audit.verify-batch-size 与 export-limit 必须为正数");
        }
    }
}
