package cm.resultinstitute.platform.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An SMTP server that accepts every connection and never says a word, as a hung or firewalled one would. */
final class BlackholeSmtp implements AutoCloseable {

    private final ServerSocket server;
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();
    private final List<Instant> acceptedAt = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    BlackholeSmtp() {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        acceptor = new Thread(this::acceptForEver, "blackhole-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** How many connections it has taken so far. */
    int connections() {
        return accepted.size();
    }

    /** When it took each connection, oldest first. */
    List<Instant> acceptedAt() {
        return List.copyOf(acceptedAt);
    }

    private void acceptForEver() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                acceptedAt.add(Instant.now());
                accepted.add(socket);
            } catch (IOException closed) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : accepted) {
            socket.close();
        }
    }
}
