package cn.nianbao.base.ui;

import com.vaadin.flow.component.textfield.TextField;
import java.util.OptionalInt;

/**
 * A year typed by a person, read on the server. Vaadin's number fields turn 「2026.5」 into 20265 and a number too
 * large for an int into "empty"; this field takes four digits (full-width ones too) or says what is wrong on itself.
 * Whether the year is one the service accepts is the service's to say.
 */
public class YearField extends TextField {

    static final String FORMAT_MESSAGE = "请填写四位数字的年份，例如 2025。";

    public YearField(String label, int year) {
        super(label);
        setValue(String.valueOf(year));
        setWidth("8em");
    }

    /** The year typed, or empty with the field marked invalid and saying why. */
    public OptionalInt year() {
        OptionalInt year = parse(getValue());
        setInvalid(year.isEmpty());
        setErrorMessage(year.isEmpty() ? FORMAT_MESSAGE : null);
        return year;
    }

    static OptionalInt parse(String typed) {
        StringBuilder digits = new StringBuilder(4);
        for (char c : typed.strip().toCharArray()) {
            if (c >= '０' && c <= '９') {
                digits.append((char) (c - '０' + '0'));
            } else if (c >= '0' && c <= '9') {
                digits.append(c);
            } else {
                return OptionalInt.empty();
            }
        }
        return digits.length() == 4 ? OptionalInt.of(Integer.parseInt(digits.toString())) : OptionalInt.empty();
    }
}
