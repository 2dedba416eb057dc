package cm.resultinstitute.platform.auth.domain;

import org.springframework.data.jpa.repository.JpaRepository;

/** Refresh tokens by id and hash. */
public interface RefreshTokenRepository extends JpaRepository<RefreshToken, Integer> {}
