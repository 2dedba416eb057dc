package cm.resultinstitute.platform.shared.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code @Size} on a text counts characters (code points), as PostgreSQL's {@code VARCHAR(n)} and JSON Schema's
 * {@code maxLength} do, not UTF-16 units: a name of 60 emoji or of 60 letters of the supplementary planes fits a
 * {@code VARCHAR(100)}, and was refused as 120 long. Lists and other sizes are counted as before.
 */
@Configuration(proxyBeanMethods = false)
class TextLengthInCharacters {

    @Bean
    ValidationConfigurationCustomizer sizeOfTextInCharacters() {
        return configuration -> {
            if (configuration instanceof HibernateValidatorConfiguration hibernate) {
                ConstraintMapping mapping = hibernate.createConstraintMapping();
                // String is more specific than the built-in CharSequence validator: Hibernate Validator picks this one.
                mapping.constraintDefinition(Size.class)
                        .includeExistingValidators(true)
                        .validatedBy(SizeOfString.class);
                hibernate.addMapping(mapping);
            }
        };
    }

    static final class SizeOfString implements ConstraintValidator<Size, String> {

        private int min;
        private int max;

        @Override
        public void initialize(Size size) {
            this.min = size.min();
            this.max = size.max();
        }

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            if (text == null) {
                return true;
            }
            int length = text.codePointCount(0, text.length());
            return length >= min && length <= max;
        }
    }
}
