package org.fazhi.org.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.units.Units;
import org.fazhi.org.web.Lists;
import org.fazhi.shared.BusinessException;
import org.fazhi.shared.Page;
import org.fazhi.shared.PageQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/org/people}: people in the caller's data scope, identity numbers and mobiles masked. */
@RestController
@RequestMapping("/api/v1/org/people")
@Tag(name = "人员", description = "单位人员（按数据范围过滤，身份证号和手机号脱敏）")
class PersonApiController {

    private final People people;
    private final Units units;

    PersonApiController(People people, Units units) {
        this.people = people;
        this.units = units;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('org:person:view')")
    @Operation(summary = "分页查询本人数据范围内的在职人员；无 org:person:pii 权限时身份证号和手机号脱敏")
    Page<Person> list(@Parameter(description = "姓名包含") @RequestParam(required = false) String name,
                      @Parameter(description = "单位 id（含下级单位）") @RequestParam(required = false) Long unitId,
                      @Parameter(description = "页码，从 1 开始") @RequestParam(required = false) Integer page,
                      @Parameter(description = "每页条数，最多 200") @RequestParam(required = false) Integer size) {
        CurrentUser user = CurrentUser.require();
        if (unitId != null && units.find(unitId, user.filter()).isEmpty()) {
            throw BusinessException.notFound("单位不存在或不在您的数据范围内");
        }
        return people.page(user.filter(), new PersonFilter(Lists.blankToNull(name), unitId, Person.ACTIVE),
                PageQuery.of(page, size), user.can(PersonController.PII));
    }
}
