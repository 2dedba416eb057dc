package cm.resultinstitute.platform.users.domain;

import org.springframework.data.jpa.repository.JpaRepository;

/** Users' language preferences. */
public interface UserPreferenceRepository extends JpaRepository<UserPreference, Integer> {}
