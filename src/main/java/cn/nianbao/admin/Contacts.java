package cn.nianbao.admin;

import java.util.regex.Pattern;

/**
 * A person's phone and e-mail as 用户管理 and the Excel import accept them: both optional, a phone is a mainland
 * mobile number or a landline with its area code, an e-mail has a name, an @ and a domain.
 */
final class Contacts {

    static final int MAX_EMAIL_LENGTH = 254;
    private static final Pattern MOBILE = Pattern.compile("(\\+86-?)?1[3-9]\\d{9}");
    /** Area code 0xx or 0xxx, a local number of 7 or 8 digits not starting with 0 or 1, an optional extension. */
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?[2-9]\\d{6,7}(-\\d{1,6})?");

    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9-]+)+");

    private Contacts() {}

    /** The phone stripped, null when empty; refused when it is neither a mobile nor a landline number. */
    static String phone(String phone) {
        String clean = phone == null ? "" : phone.strip();
        if (clean.isEmpty()) {
            return null;
        }
        if (!MOBILE.matcher(clean).matches() && !LANDLINE.matcher(clean).matches()) {
            throw new AdministrationException(
                    "手机或电话「" + shown(clean) + "」格式不正确：须为 11 位手机号（如 13800138000）或带区号的固定电话（如 0571-87654321，分机号用 - 隔开）。");
        }
        return clean;
    }

    /** The e-mail stripped, null when empty; refused when too long or not of the form name@domain. */
    static String email(String email) {
        String clean = email == null ? "" : email.strip();
        if (clean.isEmpty()) {
            return null;
        }
        if (clean.length() > MAX_EMAIL_LENGTH) {
            throw new AdministrationException("电子邮箱最多 " + MAX_EMAIL_LENGTH + " 个字符。");
        }
        if (!EMAIL.matcher(clean).matches()) {
            throw new AdministrationException("电子邮箱「" + shown(clean) + "」格式不正确，例如 zhangsan@example.gov.cn。");
        }
        return clean;
    }

    /** What was typed, cut short enough for a message. */
    private static String shown(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
