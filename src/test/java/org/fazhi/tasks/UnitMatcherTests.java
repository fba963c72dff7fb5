package org.fazhi.tasks;

import org.fazhi.org.UnitKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Matching printed unit names to a county's tree, without Spring. */
class UnitMatcherTests {

    static final long GOV = 1;
    final UnitMatcher matcher = new UnitMatcher(List.of(
            new UnitMatcher.Candidate(2, "示范县人民政府办公室", UnitKind.DEPARTMENT, GOV, false),
            new UnitMatcher.Candidate(3, "示范县司法局", UnitKind.DEPARTMENT, GOV, true),
            new UnitMatcher.Candidate(4, "示范县市场监督管理局", UnitKind.DEPARTMENT, GOV, true),
            new UnitMatcher.Candidate(5, "示范县市场监督管理局城关市场监督管理所", UnitKind.AGENCY, 4L, true),
            new UnitMatcher.Candidate(6, "示范县综合行政执法局", UnitKind.DEPARTMENT, GOV, true),
            new UnitMatcher.Candidate(7, "城关镇人民政府", UnitKind.TOWNSHIP, GOV, true),
            new UnitMatcher.Candidate(8, "东城街道办事处", UnitKind.SUBDISTRICT, GOV, true),
            new UnitMatcher.Candidate(9, "示范县政务服务中心", UnitKind.INSTITUTION, GOV, false),
            new UnitMatcher.Candidate(10, "示范县公证处", UnitKind.INSTITUTION, 3L, false),
            new UnitMatcher.Candidate(11, "示范县信访局", UnitKind.DEPARTMENT, GOV, false)), GOV, "示范县");

    @Test
    void placePrefixesAndGovernmentWordingAreIgnored() {
        assertThat(matcher.match("区司法局").status()).isEqualTo(UnitMatcher.Status.MATCHED);
        assertThat(matcher.match("县司法局").units()).extracting(UnitMatcher.Candidate::id).containsExactly(3L);
        assertThat(matcher.match("区政府办公室").units()).extracting(UnitMatcher.Candidate::id).containsExactly(2L);
        assertThat(matcher.match("区政务服务中心").units()).extracting(UnitMatcher.Candidate::id).containsExactly(9L);
        // A city bureau's district branch (分局) is the county's bureau.
        assertThat(matcher.match("区市场监督管理分局").status()).isEqualTo(UnitMatcher.Status.MATCHED);
    }

    @Test
    void abbreviationsAreOnlySuggestedAndPartyBodiesAreNotGuessed() {
        UnitMatcher.Match market = matcher.match("市场监管分局");
        assertThat(market.status()).isEqualTo(UnitMatcher.Status.SUGGESTED);
        assertThat(market.units()).extracting(UnitMatcher.Candidate::id).containsExactly(4L);
        assertThat(matcher.match("区综合执法局").status()).isEqualTo(UnitMatcher.Status.SUGGESTED);
        assertThat(matcher.match("区委宣传部").status()).isEqualTo(UnitMatcher.Status.UNMATCHED);
        assertThat(matcher.match("区政协办公室").status()).isEqualTo(UnitMatcher.Status.UNMATCHED);
        assertThat(matcher.match("税务局").status()).isEqualTo(UnitMatcher.Status.UNMATCHED);
    }

    @Test
    void collectivePhrasesExpandToTheUnitsTheyMean() {
        assertThat(matcher.match("各乡镇").units()).extracting(UnitMatcher.Candidate::id).containsExactly(7L, 8L);
        assertThat(matcher.match("各部门").units()).extracting(UnitMatcher.Candidate::id).containsExactly(2L, 3L, 4L, 6L, 11L);
        assertThat(matcher.match("各行政执法部门").units()).extracting(UnitMatcher.Candidate::id).containsExactly(3L, 4L, 6L);
        // Direct institutions are those under the government, not a bureau's.
        assertThat(matcher.match("直属事业单位").units()).extracting(UnitMatcher.Candidate::id).containsExactly(9L);
        assertThat(matcher.match("各部门").status()).isEqualTo(UnitMatcher.Status.COLLECTIVE);
    }

    @Test
    void sameNameTwiceIsAmbiguous() {
        UnitMatcher twice = new UnitMatcher(List.of(
                new UnitMatcher.Candidate(1, "示范县司法局", UnitKind.DEPARTMENT, null, false),
                new UnitMatcher.Candidate(2, "县司法局", UnitKind.DEPARTMENT, null, false)), -1, "示范县");
        assertThat(twice.match("区司法局").status()).isEqualTo(UnitMatcher.Status.AMBIGUOUS);
    }

    @Test
    void chineseNumeralsOfHeadingsAndTargets() {
        assertThat(Numerals.chinese(8)).isEqualTo("八");
        assertThat(Numerals.chinese(10)).isEqualTo("十");
        assertThat(Numerals.chinese(12)).isEqualTo("十二");
        assertThat(Numerals.chinese(20)).isEqualTo("二十");
        assertThat(PlanTextParser.number("两")).isEqualTo(2);
        assertThat(PlanTextParser.number("十二")).isEqualTo(12);
        assertThat(PlanTextParser.number("六十")).isEqualTo(60);
    }
}
