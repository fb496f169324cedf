package dev.kinship.runtime.internal.session;

import dev.kinship.dsl.Schema;
import dev.kinship.runtime.internal.jdbc.Connections;
import dev.kinship.runtime.internal.mapping.EntityTypes;
import dev.kinship.runtime.internal.sql.Dialect;
import dev.kinship.runtime.internal.sql.SqlTexts;
import dev.kinship.runtime.internal.write.HookRegistry;

/** What every session of one Database shares: types, statement text, hooks, connections. Thread-safe. */
public final class DatabaseCore {

    private final EntityTypes types;
    private final SqlTexts sql;
    private final HookRegistry hooks;
    private final Connections connections;
    private volatile boolean closed;

    public DatabaseCore(Schema schema, Dialect dialect, Connections connections) {
        this.types = new EntityTypes(schema, dialect.types());
        this.sql = new SqlTexts(dialect);
        this.hooks = new HookRegistry(types);
        this.connections = connections;
    }

    public EntityTypes types() {
        return types;
    }

    public SqlTexts sql() {
        return sql;
    }

    public HookRegistry hooks() {
        return hooks;
    }

    public Connections connections() {
        return connections;
    }

    public boolean closed() {
        return closed;
    }

    public void close() {
        closed = true;
        connections.close();
    }
}
