package cn.nianbao.report.format;

import java.time.DateTimeException;
import java.time.LocalDate;

/** The checks that tell a real 居民身份证号 or bank card number from any long number, and the masks shown instead. */
final class PersonalNumbers {

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    private PersonalNumbers() {}

    /**
     * An 18-character 居民身份证号 (GB 11643): 17 digits whose ISO 7064 MOD 11-2 check character is the 18th, and a real
     * birth date in characters 7–14, so that a random 18-digit number is almost never taken for one.
     */
    static boolean isIdNumber(String s) {
        if (s.length() != 18 || !s.substring(0, 17).chars().allMatch(Character::isDigit)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (s.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return Character.toUpperCase(s.charAt(17)) == ID_CHECK.charAt(sum % 11) && hasBirthDate(s);
    }

    private static boolean hasBirthDate(String id) {
        int year = Integer.parseInt(id.substring(6, 10));
        if (year < 1900 || year > 2100) {
            return false;
        }
        try {
            LocalDate.of(year, Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14)));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** 16 to 19 digits that pass the Luhn check, as bank card numbers do. */
    static boolean isCardNumber(String digits) {
        if (digits.length() < 16 || digits.length() > 19 || !digits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    /** The first {@code keepStart} and last {@code keepEnd} characters kept, the others as *. */
    static String mask(String s, int keepStart, int keepEnd) {
        if (s.length() <= keepStart + keepEnd) {
            return "*".repeat(s.length());
        }
        return s.substring(0, keepStart)
                + "*".repeat(s.length() - keepStart - keepEnd)
                + s.substring(s.length() - keepEnd);
    }

    /** zhangsan@example.com as z***@example.com. */
    static String maskEmail(String email) {
        int at = email.indexOf('@');
        return email.charAt(0) + "***" + email.substring(at);
    }

    /** 0591-23165385 as 0591-****5385: the area code and the last four digits stay. */
    static String maskLandline(String phone) {
        int digitsFrom = phone.length() - 8 < 0 ? 0 : Math.max(phone.lastIndexOf('-') + 1, phone.length() - 8);
        String number = phone.substring(digitsFrom);
        return phone.substring(0, digitsFrom) + mask(number, 0, 4);
    }
}
