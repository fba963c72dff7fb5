package org.fazhi.org.demo;

import org.fazhi.org.CountySettings;
import org.fazhi.org.FirstStartCredentials;
import org.fazhi.org.Passwords;
import org.fazhi.org.UnitKind;
import org.fazhi.org.access.ManagedAccounts;
import org.fazhi.org.people.People;
import org.fazhi.org.people.PersonDraft;
import org.fazhi.org.units.Units;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the demo county (示范县): regions of its townships and villages, about 30 departments with their 派出机构,
 * 事业单位 and 内设机构, the townships and villages as units, fictional people, and one account per role. Runs only
 * while the county has nothing but its government unit, so a second start loads nothing; everything goes in one
 * transaction with batched inserts.
 */
@Service
public class DemoCountyLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoCountyLoader.class);
    private static final String ACTOR = "demo";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Units units;
    private final People people;
    private final ManagedAccounts accounts;
    private final PasswordEncoder encoder;
    private final CountySettings county;
    private final DemoSettings settings;
    private final FirstStartCredentials credentials;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    DemoCountyLoader(JdbcClient jdbc, JdbcTemplate template, Units units, People people, ManagedAccounts accounts,
                     PasswordEncoder encoder, CountySettings county, DemoSettings settings,
                     FirstStartCredentials credentials, TransactionTemplate tx, Clock clock,
                     org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.template = template;
        this.units = units;
        this.people = people;
        this.accounts = accounts;
        this.encoder = encoder;
        this.county = county;
        this.settings = settings;
        this.credentials = credentials;
        this.tx = tx;
        this.clock = clock;
    }

    /** Loads the demo county unless something beyond the government unit exists; returns whether it loaded. */
    public boolean loadIfEmpty() {
        Boolean loaded = tx.execute(status -> {
            // Several instances may start together: one loads, the others wait here and then find it loaded.
            jdbc.sql("SELECT 1 FROM (SELECT pg_advisory_xact_lock(990121)) l").query(Integer.class).single();
            int count = jdbc.sql("SELECT count(*) FROM org_unit WHERE county_code = :c").param("c", county.code())
                    .query(Integer.class).single();
            if (count != 1) {
                return false;
            }
            load();
            return true;
        });
        return Boolean.TRUE.equals(loaded);
    }

    private void load() {
        Instant now = clock.instant();
        String code = county.code();
        long government = jdbc.sql("SELECT id FROM org_unit WHERE county_code = :c AND parent_id IS NULL")
                .param("c", code).query(Long.class).single();
        List<DemoData.TownshipLine> townships = DemoData.townships();
        List<DemoData.VillageLine> villages = DemoData.villages();
        insertRegions(code, townships, villages);
        List<DemoData.UnitLine> unitLines = DemoData.units();
        List<Long> ids = units.allocateIds(unitLines.size() + townships.size() + villages.size());
        List<Units.NewUnit> planned = new DemoUnitPlan(code, government, ids).build(unitLines, townships, villages);
        units.insertAll(planned, ACTOR, now);

        Map<String, UnitKind> kinds = new LinkedHashMap<>();
        Map<String, Long> unitIds = new LinkedHashMap<>();
        jdbc.sql("SELECT id, name, kind FROM org_unit WHERE county_code = :c ORDER BY ancestors, sort_order, id")
                .param("c", code)
                .query((rs, n) -> {
                    unitIds.put(rs.getString("name"), rs.getLong("id"));
                    kinds.put(rs.getString("name"), UnitKind.valueOf(rs.getString("kind")));
                    return null;
                }).list();
        DemoPeople fictional = new DemoPeople(DemoData.names(), code);
        List<People.NewPerson> staff = staff(code, unitIds, kinds, fictional);
        createAccounts(code, unitIds, fictional, staff, now);
        log.info("示范县数据已加载：单位 {} 个，人员 {} 人", planned.size(), staff.size());
        events.publishEvent(new org.fazhi.org.AccountEvent(code, ACTOR, "org.demo.loaded", "org_unit",
                Long.toString(government), "加载示范数据：单位 " + planned.size() + " 个，人员 " + staff.size() + " 人"));
    }

    /** The positions of {@code positions.csv} filled with fictional people in every unit of the matching kind. */
    private static List<People.NewPerson> staff(String code, Map<String, Long> unitIds, Map<String, UnitKind> kinds,
                                                DemoPeople fictional) {
        List<People.NewPerson> staff = new ArrayList<>();
        List<DemoData.PositionLine> positions = DemoData.positions();
        unitIds.forEach((name, id) -> {
            for (DemoData.PositionLine position : positions) {
                if (position.kind().equals(kinds.get(name).label())) {
                    staff.add(person(code, id, fictional.next(), position.position(), position.leader()));
                }
            }
        });
        return staff;
    }

    private void insertRegions(String code, List<DemoData.TownshipLine> townships,
                               List<DemoData.VillageLine> villages) {
        List<Object[]> rows = new ArrayList<>();
        townships.forEach(t -> rows.add(new Object[]{code + t.code(), t.regionName(), "TOWNSHIP", code}));
        villages.forEach(v -> rows.add(new Object[]{code + v.townshipCode() + v.code(),
                v.name() + ("社区".equals(v.kind()) ? "居民委员会" : "民委员会"), "VILLAGE", code + v.townshipCode()}));
        template.batchUpdate("INSERT INTO org_region (code, name, level, parent_code) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (code) DO NOTHING", rows);
    }

    private static People.NewPerson person(String countyCode, long unitId, DemoPeople.Fictional who, String position,
                                           boolean leader) {
        return new People.NewPerson(countyCode, unitId,
                new PersonDraft(who.name(), who.gender(), who.idNumber(), who.mobile(), position, leader));
    }

    /** One account per role of {@code accounts.csv}, each for a fictional person of its unit, all with one password. */
    private void createAccounts(String code, Map<String, Long> unitIds, DemoPeople fictional,
                                List<People.NewPerson> staff, Instant now) {
        Map<String, Long> roles = new HashMap<>();
        Map<String, String> roleNames = new HashMap<>();
        jdbc.sql("SELECT id, code, name FROM org_role").query((rs, n) -> {
            roles.put(rs.getString("code"), rs.getLong("id"));
            roleNames.put(rs.getString("code"), rs.getString("name"));
            return null;
        }).list();
        String password = settings.passwordGiven() ? settings.password() : Passwords.generate();
        String hash = encoder.encode(password);
        List<DemoData.AccountLine> lines = DemoData.accounts();
        Map<String, DemoPeople.Fictional> holders = new LinkedHashMap<>();
        Map<String, String> accountCounty = new HashMap<>();
        Map<String, Long> accountUnit = new HashMap<>();
        for (DemoData.AccountLine line : lines) {
            Long unitId = unitIds.get(line.unit());
            String accountCountyCode = code;
            if (unitId == null && "PROVINCE".equals(line.role())) {
                accountCountyCode = code.substring(0, 2) + "0000";
                unitId = provinceUnit(accountCountyCode, line.unit(), now);
            }
            if (unitId == null) {
                throw new IllegalStateException("demo/accounts.csv: 单位不存在：" + line.unit());
            }
            DemoPeople.Fictional who = fictional.next();
            holders.put(line.username(), who);
            accountCounty.put(line.username(), accountCountyCode);
            accountUnit.put(line.username(), unitId);
            staff.add(new People.NewPerson(accountCountyCode, unitId,
                    new PersonDraft(who.name(), who.gender(), who.idNumber(), who.mobile(), line.position(), false)));
        }
        people.insertAll(staff, ACTOR, now);
        for (DemoData.AccountLine line : lines) {
            if (accounts.usernameTaken(line.username())) {
                continue;
            }
            DemoPeople.Fictional who = holders.get(line.username());
            String countyCode = accountCounty.get(line.username());
            long personId = jdbc.sql("SELECT id FROM org_person WHERE county_code = :c AND id_number = :n")
                    .param("c", countyCode).param("n", who.idNumber()).query(Long.class).single();
            long accountId = accounts.insert(countyCode, line.username(), hash, who.name(),
                    accountUnit.get(line.username()), personId, ACTOR, now);
            Long role = roles.get(line.role());
            if (role == null) {
                throw new IllegalStateException("demo/accounts.csv: 角色不存在：" + line.role());
            }
            accounts.setRoles(accountId, List.of(role), ACTOR, now);
            credentials.add(new FirstStartCredentials.Login(roleNames.get(line.role()), line.username(), line.unit(),
                    settings.passwordGiven() ? "（来自 FAZHI_DEMO_PASSWORD）" : password));
        }
    }

    /** The province-level unit a PROVINCE account acts for (its tenant is the province code, e.g. 990000). */
    private long provinceUnit(String provinceCode, String name, Instant now) {
        return jdbc.sql("SELECT id FROM org_unit WHERE county_code = :c AND name = :n")
                .param("c", provinceCode).param("n", name).query(Long.class).optional()
                .orElseGet(() -> jdbc.sql("""
                                INSERT INTO org_unit (county_code, parent_id, ancestors, name, kind, region_code, sort_order,
                                    created_at, created_by, updated_at, updated_by)
                                VALUES (:c, NULL, '/', :n, 'DEPARTMENT', :c, 0, :at, :by, :at, :by) RETURNING id""")
                        .param("c", provinceCode).param("n", name).param("at", Timestamp.from(now))
                        .param("by", ACTOR).query(Long.class).single());
    }
}
