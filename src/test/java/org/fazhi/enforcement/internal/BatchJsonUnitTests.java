package org.fazhi.enforcement.internal;

import org.fazhi.shared.BusinessException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BatchJsonUnitTests {

    final JsonMapper mapper = JsonMapper.builder().build();

    BatchJson.Batch read(String json) {
        return BatchJson.read(mapper, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsEveryFieldOfARecordAndSkipsUnknownOnes() {
        BatchJson.Batch b = read("""
                {"batchId":"B-1","extra":{"x":[1,2]},"records":[{"body":"示范县市场监督管理局","powerCode":"CF-1",
                 "kind":"处罚","decisionNo":"示市监罚〔2025〕1号","decisionDate":"2025-09-29","partyType":"法人",
                 "partyName":"某某公司","partyCreditCode":"91990121MA0000001X","partyIdNumber":null,"partyPhone":"0591-1",
                 "partyAddress":"城关镇","legalBasis":"依据","facts":"事实","result":"罚款","fineAmount":50000.5,
                 "confiscationAmount":"12.30","township":"城关镇","reviewRequired":true,"reviewDone":"true",
                 "reviewRef":"审1","reviewDate":"2025-09-28","officers":["Z1","Z2"],"publishedOn":null,"unknown":"x",
                 "processRecords":[{"stage":"INVESTIGATION","media":"VIDEO","title":"录像","recordedAt":"2025-09-01T10:00:00+08:00",
                 "uri":"vod://1","sha256":"ab","size":1024}]}, null]}""");
        assertThat(b.batchId()).isEqualTo("B-1");
        assertThat(b.records()).hasSize(2);
        assertThat(b.records().get(1)).isNull();
        RecordInput r = b.records().get(0);
        assertThat(r).isEqualTo(new RecordInput("示范县市场监督管理局", "CF-1", "处罚", "示市监罚〔2025〕1号",
                LocalDate.of(2025, 9, 29), "法人", "某某公司", "91990121MA0000001X", null, "0591-1", "城关镇", "依据", "事实",
                "罚款", new BigDecimal("50000.5"), new BigDecimal("12.30"), "城关镇", true, true, "审1",
                LocalDate.of(2025, 9, 28), List.of("Z1", "Z2"), null, List.of(new RecordInput.ProcessItem("INVESTIGATION",
                "VIDEO", "录像", OffsetDateTime.parse("2025-09-01T10:00:00+08:00"), "vod://1", "ab", 1024L))));
    }

    @Test
    void refusesMalformedBodiesAndWrongTypesNamingTheField() {
        assertThatThrownBy(() -> read("{\"batchId\":\"B\",\"records\":[{\"decisionDate\":\"2025-02-30\"}]}"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("records 第 1 条的 decisionDate");
        assertThatThrownBy(() -> read("{\"batchId\":\"B\",\"records\":[{},{\"fineAmount\":\"五万\"}]}"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("records 第 2 条的 fineAmount");
        assertThatThrownBy(() -> read("{\"batchId\":\"B\",\"records\":[{\"officers\":\"Z1\"}]}"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("应为数组");
        assertThatThrownBy(() -> read("{\"batchId\":\"B\",\"records\":[{\"body\":"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("不是有效的 JSON");
        assertThatThrownBy(() -> read("[1]")).isInstanceOf(BusinessException.class).hasMessageContaining("JSON 对象");
    }

    @Test
    void readsDatesTheFastWayAndOtherIsoFormsTheSlowWay() {
        assertThat(BatchJson.date("2024-02-29", "d")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(BatchJson.date("+12024-02-29", "d")).isEqualTo(LocalDate.of(12024, 2, 29));
        assertThatThrownBy(() -> BatchJson.date("2025-13-01", "d")).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> BatchJson.date("2025-1a-01", "d")).isInstanceOf(BusinessException.class);
    }
}
