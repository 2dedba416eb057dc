package cm.resultinstitute.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cm.resultinstitute.platform.PlatformApplication;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A database that cannot be used stops the start with one clear line, not a stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class StartFailureTest {

    @Test
    void unreachableServerStopsTheStartWithOneClearLine(CapturedOutput output) throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "postgresql://app:hidden-password@localhost:" + closedPort + "/resultinstitute_db";
        assertThatThrownBy(() -> new SpringApplicationBuilder(PlatformApplication.class)
                        .run("--app.database.url=" + url, "--server.port=0"))
                .hasRootCauseInstanceOf(java.net.ConnectException.class);
        assertThat(output)
                .contains("APPLICATION FAILED TO START")
                .contains("Cannot reach PostgreSQL at app@localhost:" + closedPort + "/resultinstitute_db")
                .doesNotContain("hidden-password");
    }

    @Test
    void urlOfAnotherDatabaseStopsTheStart(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(PlatformApplication.class)
                        .run("--app.database.url=mysql://root@localhost/db", "--server.port=0"))
                .isNotNull();
        assertThat(output).contains("APPLICATION FAILED TO START").contains("DATABASE_URL is not a PostgreSQL URL");
    }
}
