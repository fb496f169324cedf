package dev.kinship.runtime.internal.loading;

import dev.kinship.runtime.internal.cache.IdentityMap;
import dev.kinship.runtime.internal.model.ColumnMapping;
import dev.kinship.runtime.internal.model.EntityState;
import dev.kinship.runtime.internal.model.EntityType;
import dev.kinship.runtime.internal.model.LoadGroup;
import dev.kinship.runtime.internal.model.ManagedEntity;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Turns rows into managed entities: one instance per row per session. A row whose instance is
 * already in the identity map yields that instance; otherwise a new instance of the generated
 * subclass is filled column by column through the type's handles.
 */
public final class Materializer {

    private final SessionContext session;
    private final IdentityMap identity;

    public Materializer(SessionContext session) {
        this.session = session;
        this.identity = session.identityMap();
    }

    /**
     * Reads the entity whose columns start at {@code first} (1-based) in mapping order.
     *
     * @return the instance, or null when the id column is NULL (an outer join without a match)
     */
    public Object read(ResultSet rows, EntityType type, int first, LoadGroup group) throws SQLException {
        return read(rows, type, first, null, group);
    }

    /**
     * Reads the entity whose column {@code i} (in mapping order) is at {@code positions[i]}
     * (1-based) of the row: a result whose columns come in the caller's order.
     *
     * @return the instance, or null when the id column is NULL
     */
    public Object read(ResultSet rows, EntityType type, int[] positions, LoadGroup group) throws SQLException {
        return read(rows, type, 0, positions, group);
    }

    private Object read(ResultSet rows, EntityType type, int first, int[] positions, LoadGroup group)
            throws SQLException {
        ColumnMapping[] columns = type.columns();
        Object id = null;
        if (type.hasId()) {
            int idIndex = type.idIndex();
            id = columns[idIndex].codec().read(rows, positions == null ? first + idIndex : positions[idIndex]);
            if (id == null) {
                return null;
            }
            // not counted as a hit or a miss: the statement has run already, the map saved none
            Object existing = identity.peek(type.type(), id);
            if (existing != null) {
                EntityState state = ((ManagedEntity) existing).kinship$state();
                if (group != null && state.group() != group) {
                    group.add(state);
                }
                return existing;
            }
        }
        Object entity = type.newInstance();
        EntityState state = new EntityState(type, entity, session);
        ((ManagedEntity) entity).kinship$state(state);
        for (int i = 0; i < columns.length; i++) {
            type.set(entity, columns[i], columns[i].codec().read(rows, positions == null ? first + i : positions[i]));
        }
        if (id != null) {
            identity.put(type.type(), id, entity);
        }
        if (group != null) {
            group.add(state);
        }
        return entity;
    }

    /** Makes a managed instance from an unmanaged one's column values (after an insert). */
    public Object adopt(EntityType type, Object source, LoadGroup group) {
        Object entity = type.newInstance();
        EntityState state = new EntityState(type, entity, session);
        ((ManagedEntity) entity).kinship$state(state);
        for (ColumnMapping c : type.columns()) {
            if (!c.kept()) {
                type.set(entity, c, type.get(source, c));
            }
        }
        if (type.hasId()) {
            identity.put(type.type(), type.idOf(entity), entity);
        }
        if (group != null) {
            group.add(state);
        }
        return entity;
    }
}
