package dev.kinship.benchmarks;

import java.sql.SQLException;

/**
 * A {@link BlogState} that reads the blog from PostgreSQL: the data set is the schema
 * {@link PostgresDataSet#ensure(int)} provides (written on the first trial of a size, kept
 * afterwards), the trial's one connection comes from {@link PostgresConnections}, and the
 * hand-written and Hibernate contenders use PostgreSQL's statements and dialect. Kinship reads
 * through {@code Database.connect(dataSource, schema)} exactly as on SQLite and picks its
 * dialect from the connection.
 */
public abstract class PostgresBlogState extends BlogState {

    /** The PostgreSQL data set of this trial. */
    protected PostgresDataSet postgresDataSet;

    @Override
    protected Engine engine() {
        return Engine.POSTGRESQL;
    }

    /** Makes sure the schema of this size is complete; it is kept after the trial. */
    @Override
    protected void prepareDataSet() {
        postgresDataSet = PostgresDataSet.ensure(posts());
    }

    /** Nothing to delete: the schema is kept for the next trial and run. */
    @Override
    protected void releaseDataSet() {
        // kept on purpose: writing 2,000 posts over a socket takes longer than a trial's warm-up
    }

    @Override
    protected SharedConnectionDataSource openDataSource() throws SQLException {
        return PostgresConnections.dataSource(postgresDataSet.schema());
    }
}
