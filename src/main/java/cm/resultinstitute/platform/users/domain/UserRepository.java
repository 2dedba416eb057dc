package cm.resultinstitute.platform.users.domain;

import cm.resultinstitute.platform.users.Role;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Users by id and by normalised email. */
public interface UserRepository extends JpaRepository<User, Integer> {

    Optional<User> findByEmail(String email);

    boolean existsByRole(Role role);

    @Query(
            value = "SELECT id FROM users WHERE role = 'admin' AND status = 'active' ORDER BY id FOR UPDATE",
            nativeQuery = true)
    List<Integer> lockActiveAdminIds();

    /** Whether the user's address is verified; the row stays share-locked, so unchanged, until the transaction ends. */
    @Query(value = "SELECT COALESCE(email_verified, FALSE) FROM users WHERE id = :id FOR SHARE", nativeQuery = true)
    Optional<Boolean> lockEmailVerified(int id);
}
