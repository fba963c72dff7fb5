package org.fazhi.audit;

import org.fazhi.shared.BusinessException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditSearchUnitTests {

    @Test
    void parsesDatesAndBlanksToNothing() {
        AuditSearch.Valid valid = new AuditSearch("2025-03-01", "2025-03-31", " ", "", null, null, "  登录 ").validated();
        assertThat(valid.from()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(valid.to()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(valid.search().actor()).isNull();
        assertThat(valid.search().q()).isEqualTo("登录");
    }

    @Test
    void rejectsBadDatesInChinese() {
        assertThatThrownBy(() -> new AuditSearch("2025/03/01", null, null, null, null, null, null).validated())
                .isInstanceOf(BusinessException.class).hasMessageContaining("开始日期").hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> new AuditSearch("2025-03-02", "2025-03-01", null, null, null, null, null).validated())
                .isInstanceOf(BusinessException.class).hasMessage("开始日期不能晚于结束日期");
        assertThatThrownBy(() -> new AuditSearch(null, null, "x".repeat(101), null, null, null, null).validated())
                .isInstanceOf(BusinessException.class).hasMessageContaining("100");
    }

    @Test
    void escapesLikeWildcards() {
        assertThat(AuditQueries.likeEscaped("a_b%c\\")).isEqualTo("a\\_b\\%c\\\\");
    }
}
