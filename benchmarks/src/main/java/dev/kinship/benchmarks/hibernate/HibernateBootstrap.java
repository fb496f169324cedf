package dev.kinship.benchmarks.hibernate;

import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.community.dialect.SQLiteDialect;

import dev.kinship.benchmarks.Engine;

/**
 * Builds the baseline's session factories programmatically: the four entities, the
 * database's dialect (the community SQLite dialect, or Hibernate's own PostgreSQLDialect, which
 * it picks for the server's version from the connection's metadata),
 * the suite's shared data source, no schema generation, no second-level or query cache,
 * statistics on (for statement counts; Hibernate logs session metrics only at DEBUG, which
 * stays off). On PostgreSQL every identifier is quoted, because the tables carry Kinship's
 * mixed-case names ({@code "Posts"}, {@code "authorId"}) and PostgreSQL folds unquoted names to
 * lower case.
 */
final class HibernateBootstrap {

    /**
     * Hibernate logs through JBoss Logging, which falls back to java.util.logging here: keep
     * its boot messages out of the benchmark output. Held in a field because java.util.logging
     * keeps loggers only weakly, and a collected logger forgets its level.
     */
    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");

    static {
        HIBERNATE_LOG.setLevel(Level.WARNING);
    }

    private HibernateBootstrap() {
    }

    /**
     * @param batchFetchSize Hibernate's {@code default_batch_fetch_size}, or 0 for none
     *     (every lazy association then loads with one statement per owner)
     */
    static SessionFactory sessionFactory(DataSource dataSource, int batchFetchSize, Engine engine) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource);
        if (engine == Engine.POSTGRESQL) {
            // Hibernate picks PostgreSQLDialect, for the server's version, from the connection's metadata
            settings.put(AvailableSettings.ALLOW_METADATA_ON_BOOT, true);
            settings.put(AvailableSettings.GLOBALLY_QUOTED_IDENTIFIERS, true);
        } else {
            settings.put(AvailableSettings.DIALECT, SQLiteDialect.class.getName());
            settings.put(AvailableSettings.ALLOW_METADATA_ON_BOOT, false);
        }
        settings.put(AvailableSettings.HBM2DDL_AUTO, "none");
        settings.put(AvailableSettings.USE_SECOND_LEVEL_CACHE, false);
        settings.put(AvailableSettings.USE_QUERY_CACHE, false);
        settings.put(AvailableSettings.GENERATE_STATISTICS, true);
        settings.put(AvailableSettings.SHOW_SQL, false);
        if (batchFetchSize > 0) {
            settings.put(AvailableSettings.DEFAULT_BATCH_FETCH_SIZE, batchFetchSize);
        }
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
        try {
            return new MetadataSources(registry)
                    .addAnnotatedClasses(Post.class, User.class, Comment.class, Category.class)
                    .buildMetadata()
                    .buildSessionFactory();
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw new IllegalStateException("Could not build the Hibernate baseline on " + engine.label()
                    + " (batch fetch size " + batchFetchSize + "): " + e.getMessage(), e);
        }
    }
}
