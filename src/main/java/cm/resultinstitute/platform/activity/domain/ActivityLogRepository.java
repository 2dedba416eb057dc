package cm.resultinstitute.platform.activity.domain;

import org.springframework.data.jpa.repository.JpaRepository;

/** The audit trail's lines. */
public interface ActivityLogRepository extends JpaRepository<ActivityLog, Integer> {}
