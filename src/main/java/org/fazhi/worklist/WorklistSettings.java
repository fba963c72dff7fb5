package org.fazhi.worklist;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Worklist settings (待办与预警配置), {@code fazhi.worklist.*}.
 *
 * @param yellowWorkingDays an open item turns yellow when this many working days or fewer remain (default 3)
 * @param exportLimit       most rows one export may contain (default 10000)
 */
@ConfigurationProperties("fazhi.worklist")
public record WorklistSettings(Integer yellowWorkingDays, Integer exportLimit) {

    public WorklistSettings {
        yellowWorkingDays = yellowWorkingDays == null ? 3 : yellowWorkingDays;
        exportLimit = exportLimit == null ? 10_000 : exportLimit;
        if (yellowWorkingDays < 0 || yellowWorkingDays > 60) {
            throw new IllegalArgumentException("fazhi.worklist.yellow-working-days 须在 0 至 60 之间：" + yellowWorkingDays);
        }
    }
}
