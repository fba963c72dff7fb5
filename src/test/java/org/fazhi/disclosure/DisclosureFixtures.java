package org.fazhi.disclosure;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.fazhi.org.DataScope;
import org.fazhi.org.OrgFixtures;
import org.fazhi.org.ScopeFilter;
import org.fazhi.org.UnitKind;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Test helpers: a fresh department with a 发文机关代字 (letters need one) and requests registered in it. */
final class DisclosureFixtures {

    static final ScopeFilter COUNTY = new ScopeFilter(DataScope.COUNTY, OrgFixtures.COUNTY, null, null);

    private DisclosureFixtures() {
    }

    static long department(JdbcClient jdbc) {
        OrgFixtures org = new OrgFixtures(jdbc, null);
        long unit = org.unit(OrgFixtures.unique("公开测试局"), UnitKind.DEPARTMENT, org.government());
        StringBuilder prefix = new StringBuilder("测");
        for (int i = 0; i < 4; i++) {
            prefix.append((char) (0x4E00 + ThreadLocalRandom.current().nextInt(0x5000)));
        }
        jdbc.sql("UPDATE org_unit SET doc_prefix = :p WHERE id = :id").param("p", prefix.toString()).param("id", unit).update();
        return unit;
    }

    static NewRequest request(long unit, ApplicantType type, String name, LocalDate on) {
        return new NewRequest(unit, Channel.IN_PERSON, on, type, name, type.person() ? "身份证" : "统一社会信用代码",
                type.person() ? OrgFixtures.idNumber() : "91990121MA" + ThreadLocalRandom.current().nextInt(10_000_000),
                null, "13800001111", null, "示范县某路 1 号", "2024年度城区道路改造工程的立项批复文件", "ELECTRONIC", "EMAIL");
    }
}
