package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The progressive scales of 国办函〔2020〕109号 第四条 (按件) and 第五条 (按量). */
class FeeScaleTests {

    @Test
    void perRequestTiers() {
        assertThat(FeeScale.requestRate(1)).isZero();
        assertThat(FeeScale.requestRate(10)).isZero();
        assertThat(FeeScale.requestRate(11)).isEqualTo(100);
        assertThat(FeeScale.requestRate(30)).isEqualTo(100);
        assertThat(FeeScale.requestRate(31)).isEqualTo(200);
        assertThat(FeeScale.requestRate(40)).isEqualTo(200);
        assertThat(FeeScale.requestRate(41)).isEqualTo(300);
        assertThat(FeeScale.requestRate(55)).isEqualTo(400);
        assertThat(FeeScale.perRequest(12).amount()).isEqualByComparingTo("100");
        assertThat(FeeScale.perRequest(12).calculation()).contains("第 12 件").contains("第四条");
        assertThatThrownBy(() -> FeeScale.perRequest(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void perPageIsProgressive() {
        assertThat(FeeScale.perPage(30).amount()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(FeeScale.perPage(31).amount()).isEqualByComparingTo("10");
        assertThat(FeeScale.perPage(100).amount()).isEqualByComparingTo("700");
        assertThat(FeeScale.perPage(101).amount()).isEqualByComparingTo("720");
        assertThat(FeeScale.perPage(200).amount()).isEqualByComparingTo("2700");
        // 70×10 + 100×20 + 50×40
        assertThat(FeeScale.perPage(250).amount()).isEqualByComparingTo("4700");
        assertThat(FeeScale.perPage(250).calculation()).contains("第 201—250 页 50 页×40 元").contains("合计 4700 元");
    }
}
