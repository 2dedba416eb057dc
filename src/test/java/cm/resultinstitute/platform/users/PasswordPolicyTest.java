package cm.resultinstitute.platform.users;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsTenCharactersOrMore() {
        assertThat(PasswordPolicy.check("ten chars!", "jane@x.cm")).isEmpty();
    }

    @Test
    void refusesFewerThanTenCharacters() {
        assertThat(PasswordPolicy.check("nine char", "jane@x.cm")).contains(PasswordPolicy.Violation.TOO_SHORT);
    }

    @Test
    void refusesMoreThan72BytesInsteadOfCuttingThem() {
        assertThat(PasswordPolicy.check("a".repeat(72), null)).isEmpty();
        assertThat(PasswordPolicy.check("a".repeat(73), null)).contains(PasswordPolicy.Violation.TOO_LONG);
        // 37 characters, but 74 bytes in UTF-8
        assertThat(PasswordPolicy.check("é".repeat(37), null)).contains(PasswordPolicy.Violation.TOO_LONG);
    }

    @Test
    void refusesTheEmailAsPassword() {
        assertThat(PasswordPolicy.check("Jane.Smith@Example.com", "jane.smith@example.com"))
                .contains(PasswordPolicy.Violation.SAME_AS_EMAIL);
    }
}
