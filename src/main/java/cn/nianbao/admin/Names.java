package cn.nianbao.admin;

import java.text.Normalizer;

/**
 * The names people recognise an agency or a person by, on screens, in messages and on the portal. A name must look
 * like what it is: characters that are invisible or reorder the text (a right-to-left override shows 「局术技学科县温」
 * as another agency's name; a zero-width space makes two names look the same while searching finds only one) are
 * refused, not silently removed, so that the administrator sees what was pasted.
 */
final class Names {

    private Names() {}

    /** The name stripped, or a refusal saying what is wrong; {@code what} is 机关名称 or 姓名. */
    static String require(String what, String name, int maxLength) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > maxLength) {
            throw new AdministrationException(what + "不能为空，最多 " + maxLength + " 字。");
        }
        clean.codePoints().filter(Names::hidden).findFirst().ifPresent(c -> {
            throw new AdministrationException(
                    what + "中含有不可见或改变文字方向的字符（U+" + "%04X".formatted(c) + "），这类字符会让名称看起来像另一个名称，请删除后再保存。");
        });
        return clean;
    }

    /**
     * The form two names are compared in: full-width and half-width forms alike (NFKC), spaces ignored. Two agencies
     * under one parent whose names differ only so would be told apart by nobody.
     */
    static String comparable(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    /** Controls, format characters (bidirectional controls, zero-width characters, BOM), separators, unassigned. */
    private static boolean hidden(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR,
                    Character.PRIVATE_USE,
                    Character.SURROGATE,
                    Character.UNASSIGNED -> true;
            default -> false;
        };
    }
}
