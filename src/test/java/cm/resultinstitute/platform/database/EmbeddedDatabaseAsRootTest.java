package cm.resultinstitute.platform.database;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseAsRootTest {

    @Test
    void refusesToStartAsRootAndSaysWhatToDoInstead(@TempDir Path dataDir) {
        String user = System.getProperty("user.name");
        System.setProperty("user.name", "root");
        try {
            assertThatThrownBy(() -> EmbeddedDatabase.start(dataDir.resolve("postgres")))
                    .isInstanceOf(DatabaseUnavailableException.class)
                    .hasMessageContaining("refuses to run as root")
                    .hasMessageContaining("DATABASE_URL");
        } finally {
            System.setProperty("user.name", user);
        }
    }
}
