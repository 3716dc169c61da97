package cn.gongkai.common;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A name or a code: one line of visible text, no control characters, line separators or bidi controls
 * ({@link UnicodeText#notInName}). Multi-line fields (descriptions) do not carry it and keep {@code \n} and
 * {@code \t}. The message names the character found.
 */
@Documented
@Constraint(validatedBy = SingleLineText.Validator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface SingleLineText {

    /** the end of every message: {@code @SingleLineText(message = "机构名称" + SingleLineText.MESSAGE)} */
    String MESSAGE = "不能包含控制字符、换行符或文字方向控制符";

    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** checks {@link SingleLineText} */
    class Validator implements ConstraintValidator<SingleLineText, CharSequence> {

        private String message;

        @Override
        public void initialize(SingleLineText annotation) {
            message = annotation.message().replaceAll("[{}$\\\\]", "");
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            int at = value == null ? -1 : UnicodeText.notInName(value);
            if (at < 0) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message + "（第 " + (at + 1) + " 个字符为 "
                    + UnicodeText.codePoint(value.charAt(at)) + "）").addConstraintViolation();
            return false;
        }
    }
}
