package org.fazhi.tasks;

/** Chinese numerals for part headings (一、二、……二十). */
final class Numerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private Numerals() {
    }

    static String chinese(int n) {
        if (n <= 0 || n >= 100) {
            return Integer.toString(n);
        }
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        String tens = n / 10 == 1 ? "十" : DIGITS.charAt(n / 10) + "十";
        return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10);
    }
}
