package io.huiwu.registration.api;

import io.huiwu.registration.domain.CredentialHolder;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A credential type's categories and seat pass fit who holds it: a type for people names at least one category; a
 * type for vehicles names none and is no seat pass. Reported on the field that is wrong, together with the other
 * fields' violations.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = HolderFits.Check.class)
public @interface HolderFits {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<HolderFits, CredentialTypeRequest> {

        @Override
        public boolean isValid(CredentialTypeRequest request, ConstraintValidatorContext context) {
            if (request == null || request.categories() == null) {
                return true;
            }
            boolean vehicle = request.holderOrDefault() == CredentialHolder.VEHICLE;
            if (!vehicle && request.categories().isEmpty()) {
                return violation(context, "categories", "{huiwu.categories-for-people}");
            }
            if (vehicle && !request.categories().isEmpty()) {
                return violation(context, "categories", "{huiwu.categories-for-vehicles}");
            }
            if (vehicle && request.isSeatPass()) {
                return violation(context, "seatPass", "{huiwu.seat-pass-for-people}");
            }
            return true;
        }

        private static boolean violation(ConstraintValidatorContext context, String field, String message) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
            return false;
        }
    }
}
