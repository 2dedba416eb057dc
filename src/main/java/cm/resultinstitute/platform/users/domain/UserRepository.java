package cm.resultinstitute.platform.users.domain;

import cm.resultinstitute.platform.users.Role;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Users by id and by normalised email. */
public interface UserRepository extends JpaRepository<User, Integer> {

    Optional<User> findByEmail(String email);

    boolean existsByRole(Role role);
}
