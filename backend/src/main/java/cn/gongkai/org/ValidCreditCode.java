package cn.gongkai.org;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** An empty value passes; anything else must be a 统一社会信用代码 with a correct check character. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidCreditCode.Validator.class)
public @interface ValidCreditCode {

    String message() default "统一社会信用代码无效";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidCreditCode, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext ctx) {
            if (value == null || value.isBlank()) {
                return true;
            }
            String code = value.trim().toUpperCase();
            String message;
            if (code.length() != 18) {
                message = "统一社会信用代码应为18位";
            } else if (!code.chars().allMatch(c -> CreditCode.ALPHABET.indexOf(c) >= 0)) {
                message = "统一社会信用代码含有无效字符（不使用 I、O、Z、S、V）";
            } else if (!CreditCode.isValid(code)) {
                message = "统一社会信用代码校验位错误，应为 " + CreditCode.checkCharacter(code.substring(0, 17));
            } else {
                return true;
            }
            ctx.disableDefaultConstraintViolation();
            ctx.buildConstraintViolationWithTemplate(message).addConstraintViolation();
            return false;
        }
    }
}
