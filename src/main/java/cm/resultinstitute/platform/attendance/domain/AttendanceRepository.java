package cm.resultinstitute.platform.attendance.domain;

import org.springframework.data.jpa.repository.JpaRepository;

/** Attendance rows by id. */
public interface AttendanceRepository extends JpaRepository<Attendance, Integer> {}
