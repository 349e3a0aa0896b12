package casegraph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Runs the Neo4j Community engine in this JVM with Bolt bound to loopback.
 *
 * Protocol with the Node parent (graph/embedded-neo4j.ts): configuration comes from environment
 * variables (never argv, so the password is not visible in the process list); one line
 * "CASEGRAPH_NEO4J_READY port=N" on stdout means Bolt accepts connections. The engine shuts down
 * when stdin closes or on SIGTERM, so a parent that dies never leaves an orphaned database holding
 * the store lock.
 */
public final class EmbeddedNeo4j {
    private EmbeddedNeo4j() {}

    public static void main(String[] args) {
        // Neo4j's own threads keep the JVM alive after main fails, which the parent would see as a
        // start that never ends: report the failure and exit instead.
        try {
            run();
        } catch (Throwable failure) {
            System.err.println("casegraph-neo4j: start failed: " + failure);
            failure.printStackTrace();
            System.exit(70);
        }
    }

    private static void run() {
        Map<String, String> env = System.getenv();
        Path home = Path.of(required(env, "CASEGRAPH_NEO4J_HOME"));
        int port = Integer.parseInt(env.getOrDefault("CASEGRAPH_NEO4J_PORT", "0"));
        String password = required(env, "CASEGRAPH_NEO4J_PASSWORD");
        String pageCache = env.getOrDefault("CASEGRAPH_NEO4J_PAGECACHE", "512m");
        String txMax = env.getOrDefault("CASEGRAPH_NEO4J_TX_MEMORY", "1g");

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.parse(txMax))
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
                .build();

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("casegraph-neo4j: shutting down");
            dbms.shutdown();
        }, "casegraph-neo4j-shutdown"));

        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        // The built-in user starts with a throw-away password that must be changed; casegraph owns
        // this store, so it sets its own generated password on every start.
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (RuntimeException alreadySet) {
            // A warm start: the store already has this password, and Neo4j refuses to "change" it.
            if (!String.valueOf(alreadySet.getMessage()).contains("cannot be the same")) {
                throw alreadySet;
            }
        }

        GraphDatabaseAPI api = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        int boundPort = api.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT)
                .getPort();
        System.out.println("CASEGRAPH_NEO4J_READY port=" + boundPort);
        System.out.flush();

        waitForStdinToClose(System.in);
        System.exit(0);
    }

    private static void waitForStdinToClose(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) != -1) {
                // The parent writes nothing; any bytes are ignored.
            }
        } catch (IOException ignored) {
            // A broken pipe means the parent is gone: shut down as for end of input.
        }
    }

    private static String required(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            System.err.println("casegraph-neo4j: missing environment variable " + name);
            System.exit(64);
        }
        return value;
    }
}
