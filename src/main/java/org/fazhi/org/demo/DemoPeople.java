package org.fazhi.org.demo;

import org.fazhi.org.IdNumbers;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Fictional people for the demo county: names from {@code names.yaml}, identity numbers under the county's code with
 * a valid GB 11643 check character, and mobiles {@code 1990121xxxx}. Seeded, so every load produces the same people.
 */
final class DemoPeople {

    private static final LocalDate OLDEST = LocalDate.of(1965, 1, 1);
    private static final int BIRTH_SPAN_DAYS = 34 * 365;

    private final DemoData.Names names;
    private final String regionCode;
    private final Random random = new Random(990_121L);
    private final Set<String> idNumbers = new HashSet<>();
    private final Set<String> fullNames = new HashSet<>();
    private int mobiles;

    DemoPeople(DemoData.Names names, String regionCode) {
        this.names = names;
        this.regionCode = regionCode;
    }

    /** A fictional person: name, gender, identity number, mobile. */
    record Fictional(String name, String gender, String idNumber, String mobile) {
    }

    Fictional next() {
        String name;
        do {
            name = pick(names.surnames()) + pick(names.given()) + (random.nextInt(3) == 0 ? "" : pick(names.given()));
        } while (!fullNames.add(name));
        boolean male = random.nextBoolean();
        String idNumber;
        do {
            LocalDate birth = OLDEST.plusDays(random.nextInt(BIRTH_SPAN_DAYS));
            int sequence = random.nextInt(500) * 2 + (male ? 1 : 0);
            String first17 = regionCode + birth.toString().replace("-", "") + String.format("%03d", sequence);
            idNumber = first17 + IdNumbers.checkCharacter(first17);
        } while (!idNumbers.add(idNumber));
        String mobile = "1990121" + String.format("%04d", ++mobiles);
        return new Fictional(name, male ? "男" : "女", idNumber, mobile);
    }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
