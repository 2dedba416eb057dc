package cm.resultinstitute.platform.activity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EnumeratedValue;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangesTest {

    enum Column {
        TO_DO("todo"),
        IN_PROGRESS("in_progress");

        @EnumeratedValue
        private final String value;

        Column(String value) {
            this.value = value;
        }
    }

    enum Plain {
        ON_HOLD,
        ACTIVE
    }

    @Test
    void anEnumIsRecordedAsItIsStoredAndSent() {
        Changes changes = new Changes();
        changes.note("status", Column.IN_PROGRESS, Column.TO_DO);

        assertThat(changes.asMap()).containsEntry("status", Map.of("old", "in_progress", "new", "todo"));
    }

    @Test
    void anEnumWithoutAStoredValueIsRecordedByItsNameInLowerCase() {
        Changes changes = new Changes();
        changes.note("status", Plain.ACTIVE, Plain.ON_HOLD);

        assertThat(changes.asMap()).containsEntry("status", Map.of("old", "active", "new", "on_hold"));
    }

    @Test
    void onlyWhatChangedIsNoted() {
        Changes changes = new Changes();
        changes.note("status", Column.TO_DO, Column.TO_DO);

        assertThat(changes.isEmpty()).isTrue();
    }
}
