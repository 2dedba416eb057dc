package stackfloor;

import org.springframework.data.jpa.repository.JpaRepository;

interface People extends JpaRepository<Person, Integer> {}
