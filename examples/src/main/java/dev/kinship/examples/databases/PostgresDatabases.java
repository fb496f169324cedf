package dev.kinship.examples.databases;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.kinship.dsl.Schema;
import dev.kinship.runtime.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;

/**
 * Kinship on PostgreSQL, as README's "Databases" section shows it: the application's HikariCP
 * pool handed to {@code Database.connect}. The tour uses
 * it when run with {@code -Dkinship.tour.postgresql=<JDBC URL>}, one schema of its own per chapter.
 */
public final class PostgresDatabases {

    private PostgresDatabases() {
    }

    /** Runs {@code work} with a Database of {@code schema} in PostgreSQL schema {@code namespace}, made empty first. */
    public static void withDatabase(String url, String namespace, Schema schema, Consumer<Database> work) {
        recreate(url, namespace);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);                       // jdbc:postgresql://127.0.0.1:5432/test?user=postgres
        config.setSchema(namespace);
        config.setMaximumPoolSize(4);
        try (HikariDataSource pool = new HikariDataSource(config);
             Database db = Database.connect(pool, schema)) {   // detects PostgreSQL from the connection
            db.sync();
            work.accept(db);
        }
    }

    private static void recreate(String url, String namespace) {
        try (Connection c = java.sql.DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS \"" + namespace + "\" CASCADE");
            s.execute("CREATE SCHEMA \"" + namespace + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare schema " + namespace + " at " + url + ": " + e.getMessage(), e);
        }
    }
}
