package cm.resultinstitute.platform.test;

import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The people of an authorisation test, each signed in for real: a participant and another one, a trainer and another
 * one, an admin. {@code null} stands for the anonymous caller.
 */
public record Cast(
        SignedIn participant, SignedIn otherParticipant, SignedIn trainer, SignedIn otherTrainer, SignedIn admin) {

    public static Cast create(MockMvcTester mvc) {
        return new Cast(
                Logins.newUser(mvc, "participant@cast.test", "participant"),
                Logins.newUser(mvc, "other.participant@cast.test", "participant"),
                Logins.newUser(mvc, "trainer@cast.test", "trainer"),
                Logins.newUser(mvc, "other.trainer@cast.test", "trainer"),
                Logins.newUser(mvc, "admin@cast.test", "admin"));
    }

    public SignedIn as(String role) {
        return switch (role) {
            case "anonymous" -> null;
            case "participant" -> participant;
            case "otherParticipant" -> otherParticipant;
            case "trainer" -> trainer;
            case "otherTrainer" -> otherTrainer;
            case "admin" -> admin;
            default -> throw new IllegalArgumentException(role);
        };
    }
}
