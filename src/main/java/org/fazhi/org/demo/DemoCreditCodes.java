package org.fazhi.org.demo;

import org.fazhi.org.CreditCodes;

/**
 * Fictional unified social credit codes for demo units: registration authority and category (11 机关, 12 事业单位),
 * the county code, an organisation code with its GB 11714 check character, and the GB 32100 check character.
 */
final class DemoCreditCodes {

    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private DemoCreditCodes() {
    }

    static String of(String category, String countyCode, int sequence) {
        String body = String.format("%08d", 99_000_000 + sequence);
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (body.charAt(i) - '0') * ORG_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        String organisation = body + (check == 10 ? "X" : check == 11 ? "0" : Integer.toString(check));
        String first17 = category + countyCode + organisation;
        return first17 + CreditCodes.checkCharacter(first17);
    }
}
