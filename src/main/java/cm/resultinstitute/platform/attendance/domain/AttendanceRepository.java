package cm.resultinstitute.platform.attendance.domain;

import cm.resultinstitute.platform.attendance.AttendanceStatus;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Attendance rows: one per session and participant. */
public interface AttendanceRepository extends JpaRepository<Attendance, Integer> {

    Optional<Attendance> findBySessionIdAndUserId(Integer sessionId, Integer userId);

    List<Attendance> findBySessionIdAndUserIdIn(Integer sessionId, Collection<Integer> userIds);

    boolean existsBySessionId(Integer sessionId);

    @Query(
            "select count(a) from Attendance a where a.sessionId = :sessionId and a.checkedInAt is not null and a.status in :statuses")
    long countCheckedIn(Integer sessionId, Collection<AttendanceStatus> statuses);
}
