package dev.kinship.runtime.internal.write;

import dev.kinship.dsl.AssociationKind;
import dev.kinship.runtime.ToMany;
import dev.kinship.runtime.ToOne;
import dev.kinship.runtime.internal.jdbc.Executor;
import dev.kinship.runtime.internal.loading.EntityState;
import dev.kinship.runtime.internal.loading.SessionContext;
import dev.kinship.runtime.internal.mapping.AssociationSlot;
import dev.kinship.runtime.internal.mapping.ColumnMapping;
import dev.kinship.runtime.internal.mapping.EntityType;
import dev.kinship.runtime.internal.mapping.EntityTypes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Entry to the association operations, and what they share: owner checks, keys, small queries. */
public abstract class AssociationOperations {

    final SessionContext session;
    final Writer writer;
    final EntityType ownerType;
    final Object owner;
    final EntityState state;
    final AssociationSlot slot;

    AssociationOperations(SessionContext session, Writer writer, Object owner, AssociationSlot slot) {
        this.session = session;
        this.writer = writer;
        this.owner = owner;
        this.ownerType = session.types().ofEntity(owner);
        this.state = EntityTypes.stateOf(owner);
        this.slot = slot;
    }

    /** @throws IllegalArgumentException when {@code alias} is not a to-one association of the owner */
    @SuppressWarnings("unchecked")
    public static <T> ToOne<T> toOne(SessionContext session, Writer writer, Object owner, String alias) {
        AssociationSlot slot = slot(session, owner, alias, false);
        return (ToOne<T>) new ToOneOperations(session, writer, owner, slot);
    }

    /** @throws IllegalArgumentException when {@code alias} is not a to-many association of the owner */
    @SuppressWarnings("unchecked")
    public static <T> ToMany<T> toMany(SessionContext session, Writer writer, Object owner, String alias) {
        AssociationSlot slot = slot(session, owner, alias, true);
        return slot.kind() == AssociationKind.HAS_MANY
            ? (ToMany<T>) new HasManyOperations(session, writer, owner, slot)
            : (ToMany<T>) new JoinOperations(session, writer, owner, slot);
    }

    private static AssociationSlot slot(SessionContext session, Object owner, String alias, boolean toMany) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(alias, "alias");
        EntityType type = session.types().ofEntity(owner);
        AssociationSlot slot = type.slot(alias).orElseThrow(() -> new IllegalArgumentException(type.name()
            + " has no association '" + alias + "'. Its associations: " + type.slotsByAlias().keySet() + "."));
        if (slot.kind().isToMany() != toMany) {
            throw new IllegalArgumentException(slot.association().describe() + " is " + slot.kind().methodName()
                + "; use session." + (toMany ? "toOne" : "toMany") + "(owner, \"" + alias + "\") for it.");
        }
        if (EntityTypes.stateOf(owner) == null) {
            throw new IllegalArgumentException(type.name() + " passed to session." + (toMany ? "toMany" : "toOne")
                + "(...) is not managed by a session. Pass the instance that insert, find or query returned.");
        }
        if (!type.hasId() || type.idOf(owner) == null) {
            throw new IllegalArgumentException(type.name() + " has no id yet; insert it first.");
        }
        return slot;
    }

    /** Loads the association if needed and @return its current value. */
    Object current() {
        if (!state.isLoaded(slot.slot())) {
            session.lazyLoad(state, slot.slot());
        }
        return slot.read(owner);
    }

    /** Marks the association unloaded, so the next read goes to the database. */
    void forget() {
        state.loaded(slot.slot(), false);
        state.clearJoinRows(slot.slot());
    }

    EntityType typeOf(Object entity) {
        return session.types().ofEntity(entity);
    }

    /** @return the managed instance of {@code target}, inserting nothing: it must already be a row */
    Object requireRow(Object target, String call) {
        Objects.requireNonNull(target, "target");
        EntityType type = typeOf(target);
        if (!type.hasId() || type.idOf(target) == null) {
            throw new IllegalArgumentException(call + ": the " + type.name() + " has no id, so it is not a row yet. "
                + "Insert it first, or use create(...), which inserts and links in one step.");
        }
        Object known = session.identityMap().peek(type.type(), type.idOf(target));
        return known != null ? known : target;
    }

    static List<Object> ids(EntityType type, Collection<?> entities) {
        Set<Object> ids = new LinkedHashSet<>();
        for (Object e : entities) {
            ids.add(type.idOf(e));
        }
        return new ArrayList<>(ids);
    }

    long count(String text, Object[] values) {
        Executor executor = session.executor();
        try (ResultSet rows = executor.query(executor.prepare(text, values), text, values)) {
            return rows.next() ? rows.getLong(1) : 0;
        } catch (SQLException e) {
            throw new dev.kinship.runtime.DataAccessException("Counting " + slot.association().describe() + " failed: "
                + e.getMessage() + ". Statement: " + text, e);
        }
    }

    int update(String text, Object[] values) {
        try {
            return session.executor().update(text, values);
        } catch (SQLException e) {
            throw new dev.kinship.runtime.DataAccessException(slot.association().describe() + " could not be changed: "
                + e.getMessage() + ". Statement: " + text, e);
        }
    }

    Object ownerKey() {
        return ownerType.get(owner, ownerType.column(slot.association().sourceKey()).orElseThrow());
    }

    static Object[] concat(Object[] a, Object[] b) {
        Object[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static void setColumn(EntityType type, Object entity, ColumnMapping column, Object value) {
        type.set(entity, column, value);
    }
}
