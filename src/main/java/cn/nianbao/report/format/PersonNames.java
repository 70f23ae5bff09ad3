package cn.nianbao.report.format;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A heuristic for a Chinese person's name: a common surname and one or two more characters, not 某 (张某, 李某某 are
 * already anonymised) and not a word that starts like a surname. Surnames that are also everyday words after 申请人
 * (向, 于, 方, 申, 应, 高, 付, 和 …) are left out on purpose: 「申请人向本机关提出」 is not a name.
 */
final class PersonNames {

    private static final String SURNAMES =
            "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈" + "姚卢姜崔钟谭陆汪范金石廖贾夏韦傅邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤庞樊兰殷施";

    /** Surname and one or two characters, as a regex (greedy; {@link #AFTER_NAME} makes it back off). */
    static final String NAME = "[" + SURNAMES + "][\\u4e00-\\u9fa5&&[^某先女同等]]{1,2}";

    /** What may follow a name: punctuation, the end, or a word that starts what the person did. */
    static final String AFTER_NAME = "(?=[，。、；：,;:\\s（()）”」]|$|向|于|对|因|不服|申请|提出|诉|称|等|的|与|和|及|要求|在|先生|女士|同志)";

    private static final Set<String> NOT_NAMES = Set.of("陈述", "关于", "江苏", "周知", "黄金", "王府");

    private static final Pattern ROLE_AND_NAME = Pattern.compile("(?:联系人|经办人|负责人|申请人|当事人|起诉人|原告|被告)[:：]?\\s*(" + NAME
            + ")\\s*[，,、：:（(]?\\s*" + "(?:联系|手机|电话|联系电话|联系方式|座机)*[:：]?\\s*$");
    private static final Pattern NAME_BEFORE_PHONE =
            Pattern.compile("(" + NAME + ")(?:先生|女士|同志)?\\s*[，,、：:（(]?\\s*(?:手机|电话|联系电话|联系方式|座机)[:：]?\\s*$");

    private PersonNames() {}

    static boolean isName(String candidate) {
        return NOT_NAMES.stream().noneMatch(candidate::startsWith);
    }

    /** Whether a person's name stands right before {@code at} (a phone number) in the same clause. */
    static boolean namedBefore(String text, int at) {
        int from = Math.max(0, at - 16);
        String before = text.substring(from, at);
        int clauseStart =
                Math.max(before.lastIndexOf('。'), Math.max(before.lastIndexOf('；'), before.lastIndexOf('\n')));
        before = before.substring(clauseStart + 1);
        var role = ROLE_AND_NAME.matcher(before);
        if (role.find() && isName(role.group(1))) {
            return true;
        }
        var plain = NAME_BEFORE_PHONE.matcher(before);
        return plain.find() && isName(plain.group(1));
    }
}
