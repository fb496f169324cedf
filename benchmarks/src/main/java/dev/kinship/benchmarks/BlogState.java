package dev.kinship.benchmarks;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

import dev.kinship.benchmarks.hibernate.HibernateContender;
import dev.kinship.benchmarks.jdbc.HandWrittenJdbc;
import dev.kinship.benchmarks.kinship.KinshipContender;

/**
 * What every benchmark trial shares: the blog data set, created once per trial, one
 * {@link SharedConnectionDataSource} over it, and the contenders reading through it. This class
 * reads SQLite; {@link PostgresBlogState} reads the same blog from PostgreSQL.
 *
 * <p>Each benchmark class has a {@code @State(Scope.Benchmark)} subclass that declares the
 * {@code @Param} sizes and lists its {@link Operation}s. Before anything is measured, the
 * trial runs every operation of the benchmark method's workload ({@link TrialCheck}): the
 * trial fails unless all contenders load the same graph, and their statements per operation
 * are written to {@code <results>/statement-counts.json} ({@code -Dkinship.results=DIR},
 * default {@code benchmarks/results}).
 *
 * <p>A new contender (such as Kinship's) becomes a field here, opened in {@link #open()} over
 * {@link #dataSource} and closed in {@link #close()}, so that it reads with the same settings.
 */
public abstract class BlogState {

    /** The system property naming the directory for statement counts. */
    public static final String RESULTS_PROPERTY = "kinship.results";

    /** The SQLite data set of this trial ({@code null} on PostgreSQL). */
    protected BlogDataSet dataSet;
    /** The one connection of this trial, lent to every contender. */
    protected SharedConnectionDataSource dataSource;
    /** The hand-written JDBC reference. */
    protected HandWrittenJdbc jdbc;
    /** The Hibernate baseline. */
    protected HibernateContender hibernate;
    /** Kinship, the library being measured. */
    protected KinshipContender kinship;

    private long lastPostId;

    /** The number of posts of this trial's data set (the subclass's {@code @Param}). */
    protected abstract int posts();

    /** Every operation of the subclass's benchmark methods, hand-written JDBC first. */
    protected abstract List<Operation> operations();

    /** The database this state reads from. */
    protected Engine engine() {
        return Engine.SQLITE;
    }

    /** Creates the data set and the contenders, then checks the trial's workload. */
    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) throws SQLException {
        prepareDataSet();
        try {
            open();
            check(params);
        } catch (RuntimeException e) {
            tearDown();
            throw e;
        }
    }

    private void check(BenchmarkParams params) {
        Workload workload = Workload.ofMethod(params.getBenchmark()).orElseThrow(() -> new IllegalStateException(
                "Benchmark method '" + params.getBenchmark() + "' does not follow the naming"
                        + " '<workload>_<contender>' (e.g. 'w1_jdbc'); rename it."));
        List<Operation> checked = operations().stream().filter(o -> o.workload() == workload).toList();
        String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        if (checked.stream().noneMatch(o -> o.methodName().equals(method))) {
            throw new IllegalStateException("Benchmark method '" + method + "' has no Operation in "
                    + getClass().getName() + ".operations(); add one so the trial can check its result.");
        }
        TrialCheck.run(engine(), workload, posts(), expectedCounts(workload), checked, resultsDir());
    }

    /** What {@code workload} must load from this trial's data set (W10's counts are read from it). */
    GraphCounts expectedCounts(Workload workload) {
        return workload == Workload.W10 ? ExpectedCounts.ofFilteredQuery(dataSource)
                : ExpectedCounts.of(workload, posts());
    }

    /** Closes the contenders and releases the data set. */
    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        try {
            close();
        } finally {
            releaseDataSet();
        }
    }

    /** Writes this trial's data set: on SQLite a new temporary file. */
    protected void prepareDataSet() {
        dataSet = BlogDataSet.create(posts());
    }

    /** Gives the data set up after the trial: on SQLite the file is deleted. */
    protected void releaseDataSet() {
        if (dataSet != null) {
            dataSet.close();
        }
    }

    /**
     * Opens the trial's one connection to its data set.
     *
     * @throws SQLException when it cannot be opened
     */
    protected SharedConnectionDataSource openDataSource() throws SQLException {
        return SqliteConnections.dataSource(dataSet.file());
    }

    /** Opens the contenders over the trial's data set. */
    protected void open() {
        try {
            dataSource = openDataSource();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not open the " + engine().label() + " benchmark connection: "
                    + e.getMessage(), e);
        }
        jdbc = new HandWrittenJdbc(dataSource, engine());
        hibernate = new HibernateContender(dataSource, engine());
        kinship = new KinshipContender(dataSource);
    }

    /** Closes the contenders, then the connection. */
    protected void close() throws SQLException {
        if (kinship != null) {
            kinship.close();
        }
        if (hibernate != null) {
            hibernate.close();
        }
        if (dataSource != null) {
            dataSource.close();
        }
    }

    /** The post every contender finds in the trial check of W5: the middle one. */
    public long probePostId() {
        return (posts() + 1L) / 2;
    }

    /** The next post id to find in a W5 measurement, cycling through every post. */
    public long nextPostId() {
        lastPostId = lastPostId % posts() + 1;
        return lastPostId;
    }

    /** The directory that receives statement-counts.json. */
    static Path resultsDir() {
        return Path.of(System.getProperty(RESULTS_PROPERTY, "benchmarks/results"));
    }
}
