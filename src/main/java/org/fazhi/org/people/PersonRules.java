package org.fazhi.org.people;

import org.fazhi.org.IdNumbers;
import org.fazhi.org.Mobiles;

import java.util.ArrayList;
import java.util.List;

/** What makes a person's own fields acceptable (人员信息校验); shared by the form, the API and the import. */
public final class PersonRules {

    private PersonRules() {
    }

    public static List<String> check(PersonDraft draft) {
        List<String> problems = new ArrayList<>();
        if (draft.name() == null) {
            problems.add("姓名不能为空");
        } else if (draft.name().length() > 50) {
            problems.add("姓名不能超过50个字");
        }
        if (draft.gender() != null && !draft.gender().equals("男") && !draft.gender().equals("女")) {
            problems.add("性别只能填“男”或“女”");
        }
        if (draft.idNumber() != null) {
            IdNumbers.problem(draft.idNumber()).ifPresentOrElse(problems::add, () -> {
                if (draft.gender() != null && !draft.gender().equals(IdNumbers.gender(draft.idNumber()))) {
                    problems.add("性别与身份证号不一致（身份证号第17位奇数为男、偶数为女）");
                }
            });
        }
        if (draft.mobile() != null) {
            Mobiles.problem(draft.mobile()).ifPresent(problems::add);
        }
        if (draft.position() != null && draft.position().length() > 100) {
            problems.add("职务不能超过100个字");
        }
        return problems;
    }
}
