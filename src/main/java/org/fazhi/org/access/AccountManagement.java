package org.fazhi.org.access;

import org.fazhi.org.AccountChanged;
import org.fazhi.org.Sessions;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.Passwords;
import org.fazhi.org.people.People;
import org.fazhi.org.people.Person;
import org.fazhi.org.units.Unit;
import org.fazhi.org.units.Units;
import org.fazhi.shared.BusinessException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Creating accounts, granting roles, resetting passwords, enabling, disabling and unlocking (账号管理). Nobody grants a
 * role wider than their own ({@link RoleGrants}) nor acts on an account holding such a role; an account outside
 * the administrator's scope is "not found".
 * Generated passwords are returned once to be shown once, and only their bcrypt hash is stored.
 */
@Service
public class AccountManagement {

    static final String NOT_FOUND = "账号不存在或不在您的数据范围内";
    private static final String USERNAME = "[a-z][a-z0-9_.-]{2,31}";

    private final ManagedAccounts accounts;
    private final Roles roles;
    private final Sessions sessions;
    private final Units units;
    private final People people;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountManagement(ManagedAccounts accounts, Roles roles, Units units, People people, PasswordEncoder encoder,
                      ApplicationEventPublisher events, Clock clock,
                      Sessions sessions) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.roles = roles;
        this.units = units;
        this.people = people;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
    }

    /** An account just created or whose password was just reset, with the generated password to show once. */
    public record IssuedPassword(long accountId, String username, String displayName, String unitName,
                                 String password) {
    }

    @Transactional
    public IssuedPassword create(AccountForm form, CurrentUser user) {
        String username = form.getUsername() == null ? "" : form.getUsername().trim().toLowerCase(Locale.ROOT);
        if (!username.matches(USERNAME)) {
            throw BusinessException.invalid("用户名应为3至32位小写字母、数字或 _ . -，并以字母开头");
        }
        if (form.getUnitId() == null) {
            throw BusinessException.invalid("请选择账号所代表的单位");
        }
        Unit unit = units.find(form.getUnitId(), user.filter())
                .orElseThrow(() -> BusinessException.notFound("单位不存在或不在您的数据范围内"));
        if (!unit.active()) {
            throw BusinessException.invalid("单位“" + unit.name() + "”已撤销，不能为其新建账号");
        }
        String displayName = form.getDisplayName() == null ? null : form.getDisplayName().trim();
        Long personId = null;
        if (form.getPersonId() != null) {
            Person person = people.find(form.getPersonId(), user.filter(), false)
                    .orElseThrow(() -> BusinessException.notFound("人员不存在或不在您的数据范围内"));
            if (person.unitId() != unit.id()) {
                throw BusinessException.invalid("所选人员“" + person.name() + "”不在单位“" + unit.name() + "”");
            }
            accounts.accountOfPerson(person.id()).ifPresent(existing -> {
                throw BusinessException.conflict("人员“" + person.name() + "”已有账号“" + existing + "”");
            });
            personId = person.id();
            if (displayName == null || displayName.isEmpty()) {
                displayName = person.name();
            }
        }
        if (displayName == null || displayName.isEmpty() || displayName.length() > 50) {
            throw BusinessException.invalid("请填写显示名（不超过50个字），或选择对应人员");
        }
        List<Role> granted = grantable(form.getRoleIds(), user);
        if (granted.isEmpty()) {
            throw BusinessException.invalid("请至少选择一个角色");
        }
        if (accounts.usernameTaken(username)) {
            throw BusinessException.conflict("用户名“" + username + "”已被使用");
        }
        String password = Passwords.generate();
        Instant now = clock.instant();
        long id = accounts.insert(unit.countyCode(), username, encoder.encode(password), displayName, unit.id(),
                personId, user.username(), now);
        accounts.setRoles(id, granted.stream().map(Role::id).toList(), user.username(), now);
        events.publishEvent(new AccountChanged(unit.countyCode(), user.username(), "org.account.created", username,
                "新建账号“" + username + "”（" + displayName + "，" + unit.name() + "），角色："
                        + String.join("、", granted.stream().map(Role::name).toList())));
        return new IssuedPassword(id, username, displayName, unit.name(), password);
    }

    /** Replaces the account's roles. Granting roles is a permission change and is audited. */
    @Transactional
    public void changeRoles(long id, List<Long> roleIds, CurrentUser user) {
        Account account = manageable(id, user);
        if (account.id() == user.accountId()) {
            throw BusinessException.forbidden("不能修改自己的角色，请由其他管理员办理");
        }
        List<Role> wanted = grantable(roleIds, user);
        if (wanted.isEmpty()) {
            throw BusinessException.invalid("账号至少要有一个角色；要停止使用请停用账号");
        }
        List<String> before = account.roleCodes();
        List<String> after = wanted.stream().map(Role::code).toList();
        if (Set.copyOf(before).equals(Set.copyOf(after))) {
            return;
        }
        accounts.setRoles(id, wanted.stream().map(Role::id).toList(), user.username(), clock.instant());
        sessions.endAll(id, account.username());
        events.publishEvent(new AccountChanged(account.countyCode(), user.username(), "org.account.roles-changed",
                account.username(), "账号“" + account.username() + "”的角色由 " + before + " 改为 " + after));
    }

    @Transactional
    public IssuedPassword resetPassword(long id, CurrentUser user) {
        Account account = manageable(id, user);
        String password = Passwords.generate();
        accounts.setPassword(id, encoder.encode(password), user.username(), clock.instant());
        sessions.endAll(id, account.username());
        events.publishEvent(new AccountChanged(account.countyCode(), user.username(), "org.account.password-reset",
                account.username(), "重置账号“" + account.username() + "”的口令"));
        return new IssuedPassword(id, account.username(), account.displayName(), account.unitName(), password);
    }

    /** Resets a password from the command line ({@code reset-password <username>}), outside any user's scope. */
    @Transactional
    public IssuedPassword resetPasswordFromCommandLine(String username) {
        Account account = accounts.byUsername(username, clock.instant())
                .orElseThrow(() -> BusinessException.notFound("账号“" + username + "”不存在"));
        String password = Passwords.generate();
        accounts.setPassword(account.id(), encoder.encode(password), "cli", clock.instant());
        sessions.endAll(account.id(), account.username());
        events.publishEvent(new AccountChanged(account.countyCode(), "cli", "org.account.password-reset",
                account.username(), "通过命令行重置账号“" + account.username() + "”的口令并解除锁定"));
        return new IssuedPassword(account.id(), account.username(), account.displayName(), account.unitName(),
                password);
    }

    @Transactional
    public void setEnabled(long id, boolean enabled, CurrentUser user) {
        Account account = manageable(id, user);
        if (!enabled && account.id() == user.accountId()) {
            throw BusinessException.invalid("不能停用自己的账号");
        }
        if (account.enabled() == enabled) {
            return;
        }
        accounts.setEnabled(id, enabled, user.username(), clock.instant());
        if (!enabled) {
            sessions.endAll(id, account.username());
        }
        events.publishEvent(new AccountChanged(account.countyCode(), user.username(),
                enabled ? "org.account.enabled" : "org.account.disabled", account.username(),
                (enabled ? "启用" : "停用") + "账号“" + account.username() + "”"));
    }

    @Transactional
    public void unlock(long id, CurrentUser user) {
        Account account = manageable(id, user);
        accounts.unlock(id, user.username(), clock.instant());
        events.publishEvent(new AccountChanged(account.countyCode(), user.username(), "org.account.unlocked",
                account.username(), "解除账号“" + account.username() + "”的登录锁定"));
    }

    Account find(long id, CurrentUser user) {
        return accounts.find(id, user.filter(), clock.instant())
                .orElseThrow(() -> BusinessException.notFound(NOT_FOUND));
    }

    /**
     * An account the user may act on: inside their scope, and holding no role they could not grant themselves, so
     * that resetting a stronger account's password cannot lift a unit administrator above their own rights.
     */
    Account manageable(long id, CurrentUser user) {
        Account account = find(id, user);
        List<Role> all = roles.all();
        for (String code : account.roleCodes()) {
            all.stream().filter(r -> r.code().equals(code)).findFirst().ifPresent(role -> {
                if (!RoleGrants.canGrant(user, role)) {
                    throw BusinessException.forbidden("账号“" + account.username() + "”拥有超出您授权范围的角色“"
                            + role.name() + "”，请由上级管理员办理");
                }
            });
        }
        return account;
    }

    /** The requested roles, each of which the user may grant; a role they may not grant is refused by name. */
    private List<Role> grantable(List<Long> roleIds, CurrentUser user) {
        List<Role> result = new ArrayList<>();
        List<Role> all = roles.all();
        for (Long roleId : new LinkedHashSet<>(roleIds == null ? List.<Long>of() : roleIds)) {
            Role role = all.stream().filter(r -> Objects.equals(r.id(), roleId)).findFirst()
                    .orElseThrow(() -> BusinessException.invalid("角色不存在"));
            if (!RoleGrants.canGrant(user, role)) {
                throw BusinessException.forbidden("您无权授予角色“" + role.name() + "”：它的权限或数据范围超出了您自己的");
            }
            result.add(role);
        }
        return result;
    }
}
