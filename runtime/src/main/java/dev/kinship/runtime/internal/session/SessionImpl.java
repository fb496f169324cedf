package dev.kinship.runtime.internal.session;

import dev.kinship.runtime.DataAccessException;
import dev.kinship.runtime.DetachedEntityException;
import dev.kinship.runtime.Isolation;
import dev.kinship.runtime.LazyLoading;
import dev.kinship.runtime.LazyLoadingException;
import dev.kinship.runtime.Query;
import dev.kinship.runtime.Session;
import dev.kinship.runtime.SessionStats;
import dev.kinship.runtime.ToMany;
import dev.kinship.runtime.ToOne;
import dev.kinship.runtime.TransactionConflictException;
import dev.kinship.runtime.internal.cache.IdentityMap;
import dev.kinship.runtime.internal.cache.RollbackLog;
import dev.kinship.runtime.internal.jdbc.Executor;
import dev.kinship.runtime.internal.jdbc.PooledConnection;
import dev.kinship.runtime.internal.loading.AssociationLoader;
import dev.kinship.runtime.internal.loading.Materializer;
import dev.kinship.runtime.internal.loading.SessionContext;
import dev.kinship.runtime.internal.model.AssociationSlot;
import dev.kinship.runtime.internal.model.EntityState;
import dev.kinship.runtime.internal.model.EntityType;
import dev.kinship.runtime.internal.model.EntityTypes;
import dev.kinship.runtime.internal.model.LoadGroup;
import dev.kinship.runtime.internal.query.ResultColumns;
import dev.kinship.runtime.internal.query.Values;
import dev.kinship.runtime.internal.sql.Dialect;
import dev.kinship.runtime.internal.sql.SqlTexts;
import dev.kinship.runtime.internal.write.AssociationOperations;
import dev.kinship.runtime.internal.write.HookRegistry;
import dev.kinship.runtime.internal.write.Writer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/** The session: one connection (taken on first use), one identity map, its counters and its transaction. */
public final class SessionImpl implements Session, SessionContext {

    private final DatabaseCore db;
    private final RollbackLog log = new RollbackLog();
    private final IdentityMap identity = new IdentityMap(log);
    private final Stats stats = new Stats(identity);
    private final Writer writer;
    private PooledConnection connection;
    private Executor executor;
    private LazyLoading lazyLoading = LazyLoading.BATCHED;
    private boolean closed;
    private final java.util.ArrayDeque<String> savepoints = new java.util.ArrayDeque<>();
    private final java.util.Set<StreamCursor<?>> streams = new java.util.LinkedHashSet<>();
    private final ThreadGuard guard = new ThreadGuard();
    private final Object closedLoads = new Object();

    public SessionImpl(DatabaseCore db) {
        this.db = db;
        this.writer = new Writer(this, db.hooks());
    }

    // ---- SessionContext ---------------------------------------------------------------------

    @Override
    public Executor executor() {
        guard.check();
        if (executor == null) {
            requireOpen();
            connection = db.connections().acquire();
            executor = new Executor(connection, stats, db.sql().dialect().types());
        }
        return executor;
    }

    /**
     * Where a stream reads its rows. On a database whose driver reads a whole result unless it
     * runs with a fetch size inside a transaction (PostgreSQL), and outside the session's own
     * transaction, that is a connection of its own in a read transaction, given back when the
     * stream closes; otherwise the session's connection.
     */
    StreamConnection streamConnection(int fetchSize) {
        Executor own = executor();
        if (!db.sql().dialect().streamsInTransaction()) {
            return new StreamConnection(own, 0, null);
        }
        if (log.active()) {
            return new StreamConnection(own, fetchSize, null);
        }
        PooledConnection borrowed = db.connections().acquire();
        try {
            borrowed.connection().setAutoCommit(false);
        } catch (SQLException e) {
            db.connections().release(borrowed);
            throw new DataAccessException("Cannot start the read transaction of a stream: " + e.getMessage(), e);
        }
        return new StreamConnection(new Executor(borrowed, stats, db.sql().dialect().types()), fetchSize,
            () -> db.connections().release(borrowed));
    }

    /** A stream's connection: its executor, the fetch size to read with (0: the driver's), and how to give it back. */
    record StreamConnection(Executor executor, int fetchSize, Runnable giveBack) {

        PreparedStatement prepare(String text) throws SQLException {
            PreparedStatement statement = executor.connection().prepareUncached(text);
            if (fetchSize > 0) {
                statement.setFetchSize(fetchSize);
            }
            return statement;
        }

        void close() {
            if (giveBack != null) {
                giveBack.run();
            }
        }
    }

    @Override
    public IdentityMap identityMap() {
        return identity;
    }

    @Override
    public EntityTypes types() {
        return db.types();
    }

    @Override
    public SqlTexts sql() {
        return db.sql();
    }

    @Override
    public void lazyLoad(EntityState owner, int slot) {
        AssociationSlot association = owner.type().slots()[slot];
        if (lazyLoading == LazyLoading.OFF) {
            throw new LazyLoadingException(owner.describe() + "." + association.alias() + " is not loaded and lazy "
                + "loading is off for this session; load it with query(" + owner.type().name() + ".class).include(\""
                + association.alias() + "\") or switch to LazyLoading.BATCHED");
        }
        if (db.closed()) {
            throw new DetachedEntityException(owner.describe() + "." + association.alias() + " cannot be loaded: its "
                + "Database is closed. Load it before closing, e.g. with query(" + owner.type().name()
                + ".class).include(\"" + association.alias() + "\"), or keep the Database open while you navigate.");
        }
        if (!closed) {
            guard.enter();
            try {
                new AssociationLoader(this).load(owners(owner, slot), association);
            } finally {
                guard.exit();
            }
            return;
        }
        // after close, entities may be navigated from several threads: one load at a time, each batch once
        synchronized (closedLoads) {
            if (owner.isLoaded(slot)) {
                return;
            }
            PooledConnection borrowed = db.connections().acquire();
            executor = new Executor(borrowed, stats, db.sql().dialect().types());
            try {
                new AssociationLoader(this).load(owners(owner, slot), association);
            } finally {
                executor = null;
                db.connections().release(borrowed);
            }
        }
    }

    private List<EntityState> owners(EntityState owner, int slot) {
        return lazyLoading == LazyLoading.PER_ENTITY || owner.group() == null
            ? List.of(owner) : owner.group().unloaded(owner, slot);
    }

    /**
     * Runs {@code work} in a transaction, or, inside one, behind a savepoint. On a database where
     * a failed statement aborts the transaction, the outermost work runs behind a savepoint too,
     * so that {@link #afterFailedStatement()} can make the transaction usable again. A failure
     * rolls the database back to where {@code work} began and undoes what the rollback log
     * recorded since (generated ids, identity-map entries, evictions); a serialization failure or
     * deadlock becomes a {@link TransactionConflictException}.
     */
    @Override
    public <R> R atomic(Supplier<R> work) {
        return atomic(Isolation.READ_COMMITTED, work);
    }

    /** {@link #atomic(Supplier)}, beginning an outermost transaction with {@code isolation}. */
    public <R> R atomic(Isolation isolation, Supplier<R> work) {
        requireOpen();
        guard.enter();
        Session previous = HookRegistry.enter(this);
        try {
            return atomicOnThisThread(isolation, work);
        } finally {
            HookRegistry.leave(previous);
            guard.exit();
        }
    }

    private <R> R atomicOnThisThread(Isolation isolation, Supplier<R> work) {
        Executor executor = executor();
        Dialect dialect = db.sql().dialect();
        boolean outermost = !log.active();
        String savepoint = outermost && !dialect.failedStatementAbortsTransaction() ? null : "kinship_" + log.depth();
        if (outermost) {
            control(executor, dialect.beginTransaction(isolation));
        }
        if (savepoint != null) {
            control(executor, dialect.savepoint(savepoint));
        }
        savepoints.push(savepoint == null ? "" : savepoint);
        int mark = log.begin();
        R result;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            savepoints.pop();
            rollback(executor, outermost, savepoint, mark, e);
            throw conflict(e);
        } catch (Error e) {
            savepoints.pop();
            rollback(executor, outermost, savepoint, mark, e);
            throw e;
        }
        savepoints.pop();
        try {
            control(executor, outermost ? dialect.commitTransaction() : dialect.releaseSavepoint(savepoint));
        } catch (DataAccessException e) {
            rollback(executor, outermost, savepoint, mark, e);
            throw conflict(e);
        }
        log.commit();
        return result;
    }

    @Override
    public void afterFailedStatement() {
        Dialect dialect = db.sql().dialect();
        if (!dialect.failedStatementAbortsTransaction() || savepoints.isEmpty() || savepoints.peek().isEmpty()) {
            return;
        }
        control(executor(), dialect.rollbackToSavepoint(savepoints.peek()));
    }

    /** @return {@code e}, or a {@link TransactionConflictException} when the database gave the transaction up */
    private RuntimeException conflict(RuntimeException e) {
        if (e instanceof TransactionConflictException) {
            return e;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && db.sql().dialect().isConflict(sql)) {
                return new TransactionConflictException("The transaction conflicted with another one and was rolled "
                    + "back (" + sql.getSQLState() + ": " + sql.getMessage() + "). Nothing of it was committed; run "
                    + "the work again, e.g. with Database.inTransaction(isolation, maxAttempts, work).", e);
            }
        }
        return e;
    }

    private void control(Executor executor, String statement) {
        try {
            executor.control(statement);
        } catch (SQLException e) {
            throw new DataAccessException("'" + statement + "' failed: " + e.getMessage() + ". When another "
                + "transaction holds the lock for longer than the database waits, retry the work later.", e);
        }
    }

    private void rollback(Executor executor, boolean outermost, String savepoint, int mark, Throwable failure) {
        Dialect dialect = db.sql().dialect();
        try {
            if (outermost) {
                executor.control(dialect.rollbackTransaction());
            } else {
                executor.control(dialect.rollbackToSavepoint(savepoint));
                executor.control(dialect.releaseSavepoint(savepoint));
            }
        } catch (SQLException e) {
            failure.addSuppressed(e);
            executor.connection().discard();
        }
        log.rollback(mark);
    }

    @Override
    public RollbackLog rollbackLog() {
        return log;
    }

    @Override
    public void loaded(EntityState owner, int slot) {
        log.record(() -> {
            owner.loaded(slot, false);
            owner.clearJoinRows(slot);
        });
    }

    @Override
    public void written(EntityType type, Object entity) {
        if (type.hasId()) {
            Object id = type.idOf(entity);
            log.record(() -> identity.discard(type.type(), id));
        }
    }

    // ---- Session ----------------------------------------------------------------------------

    @Override
    public <T> Optional<T> find(Class<T> type, Object id) {
        requireOpen();
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        EntityType entityType = db.types().of(type);
        String call = "find(" + type.getSimpleName() + ".class, id)";
        if (!entityType.hasId()) {
            throw new IllegalArgumentException(call + ": " + entityType.name() + " has no id field; its rows are keyed "
                + "by " + db.types().rowKey(entityType) + ". Use query(" + type.getSimpleName() + ".class).where(...) "
                + "instead.");
        }
        Object key = Values.idArgument(entityType, id, call);
        guard.enter();
        try {
            return find(type, entityType, key);
        } finally {
            guard.exit();
        }
    }

    private <T> Optional<T> find(Class<T> type, EntityType entityType, Object key) {
        Object known = identity.get(entityType.type(), key);
        if (known != null) {
            return Optional.of(type.cast(known));
        }
        String text = db.sql().selects().findById(entityType.info());
        try {
            PreparedStatement statement = executor().prepare(text, key);
            try (ResultSet rows = executor().query(statement, text, new Object[] {key})) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(type.cast(materializer().read(rows, entityType, 1, new LoadGroup(1))));
            }
        } catch (SQLException e) {
            throw new DataAccessException("find(" + type.getSimpleName() + ".class, " + key + ") failed: "
                + e.getMessage() + ". Statement: " + text, e);
        }
    }

    @Override
    public <T> List<T> sql(Class<T> type, String sql, Object... params) {
        requireOpen();
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(params, "params");
        EntityType entityType = db.types().of(type);
        String call = "sql(" + type.getSimpleName() + ".class, \"" + sql + "\")";
        Executor executor = executor();
        try {
            PreparedStatement statement = executor.prepare(sql, params);
            try (ResultSet rows = executor.query(statement, sql, params)) {
                int[] positions = ResultColumns.positions(rows.getMetaData(), entityType, call);
                LoadGroup group = new LoadGroup(16);
                List<T> out = new ArrayList<>();
                Materializer materializer = materializer();
                while (rows.next()) {
                    out.add(type.cast(materializer.read(rows, entityType, positions, group)));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new DataAccessException(call + " failed: " + e.getMessage() + ". Check the statement and that "
                + "it has one ? per parameter (" + params.length + " given).", e);
        }
    }

    @Override
    public <T> Query<T> query(Class<T> type) {
        requireOpen();
        return new QueryImpl<>(this, db.types().of(Objects.requireNonNull(type, "type")), type);
    }

    @Override
    public <T> T insert(T entity) {
        requireOpen();
        return writer.insert(Objects.requireNonNull(entity, "entity"));
    }

    @Override
    public <T> T update(T entity) {
        requireOpen();
        return writer.update(Objects.requireNonNull(entity, "entity"));
    }

    @Override
    public void delete(Object entity) {
        requireOpen();
        writer.delete(Objects.requireNonNull(entity, "entity"));
    }

    @Override
    public <T> ToOne<T> toOne(Object owner, String alias) {
        requireOpen();
        return AssociationOperations.toOne(this, writer, owner, alias);
    }

    @Override
    public <T> ToMany<T> toMany(Object owner, String alias) {
        requireOpen();
        return AssociationOperations.toMany(this, writer, owner, alias);
    }

    @Override
    public void useTransaction(Consumer<Session> work) {
        Objects.requireNonNull(work, "work");
        atomic(() -> {
            work.accept(this);
            return null;
        });
    }

    @Override
    public <R> R inTransaction(Function<Session, R> work) {
        Objects.requireNonNull(work, "work");
        return atomic(() -> work.apply(this));
    }

    @Override
    public Session lazyLoading(LazyLoading mode) {
        this.lazyLoading = Objects.requireNonNull(mode, "mode");
        return this;
    }

    @Override
    public SessionStats stats() {
        return stats;
    }

    /**
     * @throws IllegalStateException when called inside {@code useTransaction}/{@code inTransaction}
     *         (the transaction then rolls back)
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        if (log.active()) {
            throw new IllegalStateException("close() was called inside useTransaction/inTransaction, whose "
                + "transaction is still open. Close the session after the transaction's work returns.");
        }
        guard.check();
        for (StreamCursor<?> stream : List.copyOf(streams)) {
            stream.close();
        }
        closed = true;
        if (connection != null) {
            db.connections().release(connection);
            connection = null;
            executor = null;
        }
    }

    /** A stream this session opened; {@link #close()} closes it if it is still open. */
    void opened(StreamCursor<?> stream) {
        streams.add(stream);
    }

    void closed(StreamCursor<?> stream) {
        streams.remove(stream);
    }

    public boolean isClosed() {
        return closed;
    }

    void requireOpen() {
        if (closed) {
            throw new IllegalStateException("This session is closed. Open a new one with database.openSession(); "
                + "entities it returned stay navigable.");
        }
        if (db.closed()) {
            throw new IllegalStateException("This session's Database is closed, so the session cannot run "
                + "statements. Keep the Database open until its sessions are done, or create a new Database.");
        }
    }

    DatabaseCore db() {
        return db;
    }
}
