package cn.nianbao.base.ui;

import cn.nianbao.base.UserFacingException;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The longest text a field may save, said on the field instead of enforced by the browser: a {@code maxlength} cut
 * pasted text without a word, and the rest was saved as if it were all (issue 21). The field keeps everything typed
 * or pasted; as soon as it is too long it says so, and {@link #require} refuses to use it until it is shortened.
 * The limits themselves stay with whoever owns them (the service that stores the text, or the screen).
 */
public final class TextLimits {

    private TextLimits() {}

    /** A field's limit, the name that refusals call it by, and whether it was too long at the last change. */
    private static final class Limit {

        private final int maxLength;
        private final String name;
        private boolean tooLong;

        Limit(int maxLength, String name) {
            this.maxLength = maxLength;
            this.name = name;
        }
    }

    /**
     * Lets {@code field} hold any length and shows at once, on the field, when it holds more than {@code maxLength}
     * characters; {@code name} names the field in the refusal of {@link #require} (「一、总体情况」, 「保密审查意见」).
     */
    public static <F extends TextFieldBase<F, String>> F limit(F field, int maxLength, String name) {
        ComponentUtil.setData(field, Limit.class, new Limit(maxLength, name));
        // the field's own validation would clear the message again when it loses focus
        field.setManualValidation(true);
        if (field.getValueChangeMode() == ValueChangeMode.ON_CHANGE) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
        }
        field.addValueChangeListener(e -> show(field));
        show(field);
        return field;
    }

    /** Why the field's text cannot be used as it stands, if it is longer than its limit. */
    public static Optional<String> problem(TextFieldBase<?, String> field) {
        Limit limit = ComponentUtil.getData(field, Limit.class);
        String value = field.getValue();
        if (limit == null || value == null || value.length() <= limit.maxLength) {
            return Optional.empty();
        }
        NumberFormat grouped = NumberFormat.getIntegerInstance(Locale.ROOT);
        grouped.setGroupingUsed(true);
        return Optional.of("已超过 " + grouped.format(limit.maxLength) + " 字（当前 " + grouped.format(value.length())
                + " 字），无法保存；请删减后再保存");
    }

    /** Refuses, naming the field, when its text is longer than its limit; nothing has been done with it then. */
    public static void require(TextFieldBase<?, String> field) {
        Limit limit = ComponentUtil.getData(field, Limit.class);
        problem(field).ifPresent(problem -> {
            throw new TextTooLongException(refusal(limit, problem));
        });
    }

    /**
     * Marks the field while it is too long, and says so once as a notification too when it becomes too long: a
     * long text area grows, and its message may be far below where the person pasted. Like the field's own
     * validation did on every change, a change clears an earlier mark (「请填写意见」).
     */
    private static void show(TextFieldBase<?, String> field) {
        Limit limit = ComponentUtil.getData(field, Limit.class);
        Optional<String> problem = problem(field);
        field.setInvalid(problem.isPresent());
        problem.ifPresent(field::setErrorMessage);
        if (problem.isPresent() && !limit.tooLong) {
            Feedback.error(refusal(limit, problem.get()));
        }
        limit.tooLong = problem.isPresent();
    }

    private static String refusal(Limit limit, String problem) {
        return "「" + limit.name + "」" + problem + "。";
    }

    /** Text longer than its field may save. */
    public static final class TextTooLongException extends UserFacingException {

        TextTooLongException(String message) {
            super(message);
        }
    }
}
