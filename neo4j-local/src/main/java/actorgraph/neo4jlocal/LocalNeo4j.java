// actorgraph's local Neo4j: starts an embedded Neo4j 5.26 Community with Bolt on loopback and runs until stopped.
package actorgraph.neo4jlocal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.GraphDatabaseSettings.TransactionStateMemoryAllocation;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Usage: {@code LocalNeo4j --home=<dir> [--port=7687] [--host=127.0.0.1] [--page-cache=512m]}.
 *
 * <p>The home folder holds Neo4j's data ({@code data/}) and logs ({@code logs/}).
 */
public final class LocalNeo4j {
  private LocalNeo4j() {}

  public static void main(String[] args) throws InterruptedException {
    Map<String, String> options = parseOptions(args);
    String host = options.getOrDefault("host", "127.0.0.1");
    int port = Integer.parseInt(options.getOrDefault("port", "7687"));
    String pageCache = options.getOrDefault("page-cache", "512m");
    String home = options.get("home");
    if (home == null) {
      System.err.println("actorgraph-neo4j: missing --home=<data folder>");
      System.exit(2);
    }

    DatabaseManagementService service;
    try {
      service = start(Path.of(home).toAbsolutePath(), host, port, pageCache);
    } catch (RuntimeException e) {
      e.printStackTrace();
      System.exit(1); // Neo4j may have started threads that would keep a failed JVM alive
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(service), "actorgraph-neo4j-shutdown"));
    System.out.println("actorgraph-neo4j ready bolt://" + host + ":" + port);
    System.out.flush();
    new CountDownLatch(1).await(); // wait forever; SIGTERM/SIGINT run the shutdown hook
  }

  private static DatabaseManagementService start(Path home, String host, int port, String pageCache) {
    return new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        // Authentication is off: this is a development database that listens on loopback only.
        // Never bind it to a public interface.
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
        .setConfig(GraphDatabaseSettings.tx_state_memory_allocation, TransactionStateMemoryAllocation.ON_HEAP)
        .setConfig(GraphDatabaseSettings.logs_directory, home.resolve("logs"))
        .build();
  }

  private static void stop(DatabaseManagementService service) {
    System.out.println("actorgraph-neo4j stopping");
    service.shutdown();
    System.out.println("actorgraph-neo4j stopped");
    System.out.flush();
  }

  /** Reads {@code --name=value} arguments. */
  private static Map<String, String> parseOptions(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (String arg : args) {
      int equals = arg.indexOf('=');
      if (!arg.startsWith("--") || equals < 0) {
        System.err.println("actorgraph-neo4j: unexpected argument " + arg + " (expected --name=value)");
        System.exit(2);
      }
      options.put(arg.substring(2, equals), arg.substring(equals + 1));
    }
    return options;
  }
}
