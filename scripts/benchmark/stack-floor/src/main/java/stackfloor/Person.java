package stackfloor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A user of the platform's schema, as much of it as {@code /api/v1/me} shows. */
@Entity
@Table(name = "users")
class Person {

    @Id
    Integer id;

    @Column
    String email;

    @Column(name = "first_name")
    String firstName;

    @Column(name = "last_name")
    String lastName;

    @Column
    String role;

    @Column
    String status;
}
