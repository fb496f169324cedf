package dev.kinship.runtime.internal.session;

import dev.kinship.runtime.DataAccessException;
import dev.kinship.runtime.internal.loading.EagerLoader;
import dev.kinship.runtime.internal.loading.Materializer;
import dev.kinship.runtime.internal.loading.SelectPlan;
import dev.kinship.runtime.internal.model.LoadGroup;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;

/**
 * The rows of one {@code stream()}, read a chunk at a time. Its statement, result and
 * connection are given back as soon as the last row is read or reading fails, when the stream
 * is closed, and at the latest when the session closes: a stream abandoned early
 * ({@code findFirst}, {@code anyMatch}, an exception) leaves no statement open on a pooled
 * connection.
 */
final class StreamCursor<T> extends Spliterators.AbstractSpliterator<T> {

    private final SessionImpl session;
    private final Class<T> javaType;
    private final String typeName;
    private final SelectPlan plan;
    private final SessionImpl.StreamConnection source;
    private final PreparedStatement statement;
    private final ResultSet rows;
    private final int chunk;
    private final Materializer materializer;
    private final EagerLoader eager;
    private final List<Object> buffer = new ArrayList<>();
    private int next;
    private boolean closed;

    StreamCursor(SessionImpl session, Class<T> javaType, String typeName, SelectPlan plan,
            SessionImpl.StreamConnection source, PreparedStatement statement, ResultSet rows, int chunk) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.session = session;
        this.javaType = javaType;
        this.typeName = typeName;
        this.plan = plan;
        this.source = source;
        this.statement = statement;
        this.rows = rows;
        this.chunk = chunk;
        this.materializer = session.materializer();
        this.eager = new EagerLoader(session);
        session.opened(this);
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
        if (next == buffer.size() && !fill()) {
            return false;
        }
        action.accept(javaType.cast(buffer.get(next++)));
        return true;
    }

    private boolean fill() {
        buffer.clear();
        next = 0;
        if (closed) {
            return false;
        }
        try {
            LoadGroup group = new LoadGroup(chunk);
            plan.startRun(); // the includes below this chunk's roots are this chunk's only
            while (buffer.size() < chunk && plan.readOne(rows, materializer, group, buffer)) {
                // reading a chunk
            }
            if (buffer.size() < chunk) {
                close();
            }
            eager.loadSeparate(plan, buffer);
        } catch (SQLException e) {
            close();
            throw new DataAccessException("Reading the stream of " + typeName + " failed: " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            close();
            throw e;
        }
        return !buffer.isEmpty();
    }

    /** Gives back the statement, its result and the connection; idempotent. */
    void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            rows.close();
            statement.close();
        } catch (SQLException e) {
            source.executor().connection().discard();
        } finally {
            source.close();
            session.closed(this);
        }
    }
}
