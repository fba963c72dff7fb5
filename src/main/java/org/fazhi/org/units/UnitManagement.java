package org.fazhi.org.units;

import org.fazhi.org.CurrentUser;
import org.fazhi.org.ScopeFilter;
import org.fazhi.org.UnitChanged;
import org.fazhi.org.UnitKind;
import org.fazhi.shared.BusinessException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Creating, changing, moving and closing units (单位维护). Every check runs before anything is written, so a rejected
 * request changes nothing; a unit outside the user's scope, or a forged parent id, is "not found".
 */
@Service
public class UnitManagement {

    static final String NOT_FOUND = "单位不存在或不在您的数据范围内";

    private final Units units;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UnitManagement(Units units, ApplicationEventPublisher events, Clock clock) {
        this.units = units;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public long create(UnitForm form, CurrentUser user) {
        ScopeFilter scope = user.filter();
        if (form.getParentId() == null) {
            throw BusinessException.invalid("请选择上级单位");
        }
        Unit parent = units.find(form.getParentId(), scope)
                .orElseThrow(() -> BusinessException.notFound("上级单位不存在或不在您的数据范围内"));
        if (!parent.active()) {
            throw BusinessException.invalid("上级单位“" + parent.name() + "”已撤销，不能在其下新建单位");
        }
        UnitDraft draft = form.draft();
        requireStatusAuthority(null, draft, user);
        List<String> problems = new ArrayList<>(UnitRules.check(draft, parent.kind()));
        problems.addAll(conflicts(parent.countyCode(), draft, null));
        reject(problems);
        Instant now = clock.instant();
        long id = units.insert(parent.countyCode(), parent.id(), parent.path(), draft, user.username(), now);
        events.publishEvent(new UnitChanged(parent.countyCode(), user.username(), "org.unit.created", id,
                "新建单位“" + draft.name() + "”（" + draft.kind().label() + "），上级单位“" + parent.name() + "”"));
        return id;
    }

    @Transactional
    public void update(long id, UnitForm form, CurrentUser user) {
        ScopeFilter scope = user.filter();
        Unit unit = units.find(id, scope).orElseThrow(() -> BusinessException.notFound(NOT_FOUND));
        if (!unit.active()) {
            throw BusinessException.invalid("已撤销的单位不能修改");
        }
        if (form.getVersion() == null || form.getVersion() != unit.version()) {
            throw BusinessException.conflict("该单位已被他人修改，请刷新页面后重新编辑");
        }
        Unit parent = newParent(unit, form.getParentId(), scope);
        if (parent != null && parent.path().startsWith(unit.path())) {
            throw BusinessException.invalid("不能把单位移到它自己或它的下级单位之下");
        }
        if (parent != null && !parent.countyCode().equals(unit.countyCode())) {
            throw BusinessException.invalid("不能把单位移到其他县区的单位之下");
        }
        UnitDraft draft = form.draft();
        requireStatusAuthority(unit, draft, user);
        List<String> problems = new ArrayList<>(UnitRules.check(draft, parent == null ? null : parent.kind()));
        if (draft.kind() != null) {
            for (UnitKind child : units.activeChildKinds(id)) {
                UnitRules.placement(draft.kind(), child).ifPresent(p -> problems.add("现有下级单位不符合新的单位类型：" + p));
            }
        }
        problems.addAll(conflicts(unit.countyCode(), draft, id));
        reject(problems);
        Instant now = clock.instant();
        String ancestors = parent == null ? unit.ancestors() : parent.path();
        if (units.update(id, unit.version(), parent == null ? null : parent.id(), ancestors, draft,
                user.username(), now) == 0) {
            throw BusinessException.conflict("该单位已被他人修改，请刷新页面后重新编辑");
        }
        boolean moved = !Objects.equals(unit.parentId(), parent == null ? null : parent.id());
        if (moved) {
            units.moveDescendants(unit.countyCode(), unit.path(), ancestors + id + "/");
        }
        events.publishEvent(new UnitChanged(unit.countyCode(), user.username(),
                moved ? "org.unit.moved" : "org.unit.updated", id,
                moved ? "单位“" + draft.name() + "”的上级单位由“" + unit.parentName() + "”改为“" + parent.name() + "”"
                        : "修改单位“" + draft.name() + "”的信息"));
    }

    /**
     * A unit's legal status (行政执法主体, 规范性文件制定主体, 行政复议机关) and its 发文机关代字 are published and used by
     * other units' numbering, so a unit may not grant them to itself: changing them needs county-wide scope.
     */
    private static void requireStatusAuthority(@org.jspecify.annotations.Nullable Unit unit, UnitDraft draft,
                                               CurrentUser user) {
        boolean countyWide = user.scope() == org.fazhi.org.DataScope.COUNTY
                || user.scope() == org.fazhi.org.DataScope.PROVINCE;
        boolean statusChanged = unit == null
                ? draft.enforcementBody() || draft.normdocIssuer() || draft.reconsiderationBody()
                || draft.docPrefix() != null
                : unit.enforcementBody() != draft.enforcementBody()
                || unit.normdocIssuer() != draft.normdocIssuer()
                || unit.reconsiderationBody() != draft.reconsiderationBody()
                || !Objects.equals(unit.docPrefix(), draft.docPrefix());
        if (statusChanged && !countyWide) {
            throw BusinessException.forbidden("主体资格和发文机关代字须由县级管理员调整");
        }
    }

    /** The parent after the edit: an unchanged parent may lie outside the scope, a new one must lie inside it. */
    private Unit newParent(Unit unit, Long parentId, ScopeFilter scope) {
        if (unit.root()) {
            if (parentId != null) {
                throw BusinessException.invalid("县人民政府是单位树的根，不能移动");
            }
            return null;
        }
        if (parentId == null) {
            throw BusinessException.invalid("请选择上级单位");
        }
        Unit parent = parentId.equals(unit.parentId())
                ? units.findAny(parentId).orElseThrow(() -> BusinessException.notFound(NOT_FOUND))
                : units.find(parentId, scope)
                .orElseThrow(() -> BusinessException.notFound("上级单位不存在或不在您的数据范围内"));
        if (!parent.active()) {
            throw BusinessException.invalid("上级单位“" + parent.name() + "”已撤销");
        }
        return parent;
    }

    /**
     * Closes (撤销) a unit: the row stays, with status {@code CLOSED}, so that records referring to it keep their
     * history. A unit with active sub-units or enabled accounts cannot be closed.
     */
    @Transactional
    public void close(long id, CurrentUser user) {
        Unit unit = units.find(id, user.filter()).orElseThrow(() -> BusinessException.notFound(NOT_FOUND));
        if (!unit.active()) {
            throw BusinessException.invalid("该单位已撤销");
        }
        if (unit.root()) {
            throw BusinessException.invalid("县人民政府是单位树的根，不能撤销");
        }
        if (Objects.equals(user.unitId(), id)) {
            throw BusinessException.invalid("不能撤销您本人所在的单位");
        }
        int children = units.activeChildren(id);
        if (children > 0) {
            throw BusinessException.invalid("该单位下还有" + children + "个未撤销的下级单位，请先撤销或调整它们");
        }
        int accounts = units.enabledAccounts(id);
        if (accounts > 0) {
            throw BusinessException.invalid("该单位还有" + accounts + "个启用的账号，请先停用");
        }
        if (units.close(id, unit.version(), user.username(), clock.instant()) == 0) {
            throw BusinessException.conflict("该单位已被他人修改，请刷新后重试");
        }
        events.publishEvent(new UnitChanged(unit.countyCode(), user.username(), "org.unit.closed", id,
                "撤销单位“" + unit.name() + "”"));
    }

    /** Names, 代字 and credit codes already taken in the county (by another unit than {@code exceptId}). */
    private List<String> conflicts(String countyCode, UnitDraft draft, Long exceptId) {
        List<String> problems = new ArrayList<>();
        if (draft.name() != null && !units.namesInUse(countyCode, Set.of(draft.name()), exceptId).isEmpty()) {
            problems.add("已有同名单位“" + draft.name() + "”（含已撤销的单位），请换一个名称");
        }
        if (draft.docPrefix() != null
                && !units.activeValuesInUse(countyCode, "doc_prefix", Set.of(draft.docPrefix()), exceptId).isEmpty()) {
            problems.add("发文机关代字“" + draft.docPrefix() + "”已被其他单位使用");
        }
        if (draft.creditCode() != null
                && !units.activeValuesInUse(countyCode, "credit_code", Set.of(draft.creditCode()), exceptId).isEmpty()) {
            problems.add("统一社会信用代码“" + draft.creditCode() + "”已被其他单位使用");
        }
        if (draft.regionCode() != null && draft.regionCode().matches("\\d+")
                && units.knownRegions(countyCode, Set.of(draft.regionCode())).isEmpty()) {
            problems.add("行政区划代码“" + draft.regionCode() + "”不是本县的区划");
        }
        return problems;
    }

    private static void reject(List<String> problems) {
        if (!problems.isEmpty()) {
            throw BusinessException.invalid(String.join("；", problems));
        }
    }
}
