package cn.nianbao.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules a new password must meet (等保 2.0: length, character classes, not the user name, not a recent one).
 * The security administrator sets the numbers within bounds no setting may go below.
 */
public record PasswordPolicy(int minLength, int minClasses, int historySize) {

    public static final int LOWEST_MIN_LENGTH = 8;
    public static final int HIGHEST_MIN_LENGTH = 64;
    public static final int LOWEST_HISTORY_SIZE = 5;
    public static final int HIGHEST_HISTORY_SIZE = 24;
    /** bcrypt reads at most 72 bytes; a longer password would be silently cut. */
    public static final int MAX_LENGTH = 64;

    /** What is wrong with the policy itself, in Chinese; empty when it may be saved. */
    public List<String> problemsOfSetting() {
        List<String> problems = new ArrayList<>();
        if (minLength < LOWEST_MIN_LENGTH || minLength > HIGHEST_MIN_LENGTH) {
            problems.add("最短长度应在 " + LOWEST_MIN_LENGTH + " 到 " + HIGHEST_MIN_LENGTH + " 之间。");
        }
        if (minClasses < 2 || minClasses > 4) {
            problems.add("字符类别数应在 2 到 4 之间。");
        }
        if (historySize < LOWEST_HISTORY_SIZE || historySize > HIGHEST_HISTORY_SIZE) {
            problems.add("不得重复使用的最近密码个数应在 " + LOWEST_HISTORY_SIZE + " 到 " + HIGHEST_HISTORY_SIZE + " 之间。");
        }
        return problems;
    }

    /** What is wrong with {@code password} for {@code username}, in Chinese; empty when it meets the policy. */
    public List<String> problemsOf(String username, String password) {
        List<String> problems = new ArrayList<>();
        if (password.length() < minLength) {
            problems.add("密码至少 " + minLength + " 位。");
        }
        if (password.length() > MAX_LENGTH) {
            problems.add("密码最多 " + MAX_LENGTH + " 位。");
        }
        if (classesIn(password) < minClasses) {
            problems.add("密码须包含大写字母、小写字母、数字、其他符号中的至少 " + minClasses + " 类。");
        }
        if (!username.isBlank() && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("密码不能包含用户名。");
        }
        return problems;
    }

    private static int classesIn(String password) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else {
                other = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
