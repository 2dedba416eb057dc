package cm.resultinstitute.platform.users.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The language a user reads the platform and its emails in. */
@Entity
@Table(name = "user_preferences")
public class UserPreference {

    @Id
    @Column(name = "user_id")
    private Integer userId;

    @Column(nullable = false)
    private String language;

    protected UserPreference() {}

    public UserPreference(Integer userId, String language) {
        this.userId = userId;
        this.language = language;
    }

    public String getLanguage() {
        return language;
    }

    public void changeLanguage(String language) {
        this.language = language;
    }
}
