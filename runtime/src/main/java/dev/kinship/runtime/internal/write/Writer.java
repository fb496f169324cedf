package dev.kinship.runtime.internal.write;

import dev.kinship.dsl.Association;
import dev.kinship.dsl.AssociationKind;
import dev.kinship.runtime.Hook;
import dev.kinship.runtime.internal.codec.Codec;
import dev.kinship.runtime.internal.jdbc.Executor;
import dev.kinship.runtime.internal.loading.SessionContext;
import dev.kinship.runtime.internal.model.AssociationSlot;
import dev.kinship.runtime.internal.model.ColumnMapping;
import dev.kinship.runtime.internal.model.EntityState;
import dev.kinship.runtime.internal.model.EntityType;
import dev.kinship.runtime.internal.model.EntityTypes;
import dev.kinship.runtime.internal.sql.SqlTexts;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Inserts, updates and deletes, each atomic, with hooks around them. Statement text is built
 * once per model and shape; values are bound through the type's handles.
 */
public final class Writer {

    private final SessionContext session;
    private final HookRegistry hooks;
    private final ConstraintMessages messages;
    private final DeleteRules deleteRules;

    public Writer(SessionContext session, HookRegistry hooks) {
        this.session = session;
        this.hooks = hooks;
        this.messages = new ConstraintMessages(session);
        this.deleteRules = new DeleteRules(session, hooks, this);
    }

    public HookRegistry hooks() {
        return hooks;
    }

    // ---- insert -----------------------------------------------------------------------------

    /** Inserts {@code entity}; @return the managed instance (the argument itself when it is managed). */
    @SuppressWarnings("unchecked")
    public <T> T insert(T entity) {
        EntityType type = session.types().ofEntity(entity);
        return (T) session.atomic(() -> {
            hooks.run(type.type(), Hook.BEFORE_CREATE, entity);
            requireAssignedId(type, entity);
            Object[] kept = keptValues(type, entity);
            deriveKeys(type, entity, kept);
            checkPolymorphicTypes(type, entity, kept);
            Object managed = insertRow(type, entity, kept);
            new Inverses(session).written(type, managed, true);
            hooks.run(type.type(), Hook.AFTER_CREATE, managed);
            return managed;
        });
    }

    private Object insertRow(EntityType type, Object entity, Object[] kept) {
        ColumnMapping[] columns = type.columns();
        boolean generate = type.hasId() && type.id().info().generated() && type.idOf(entity) == null;
        String text = session.sql().writes().insert(type.info(), generate);
        Object[] bound = new Object[generate ? columns.length - 1 : columns.length];
        int next = 0;
        for (int i = 0; i < columns.length; i++) {
            if (generate && i == type.idIndex()) {
                continue;
            }
            bound[next++] = stored(type, entity, kept, columns[i]);
        }
        Executor executor = session.executor();
        try {
            PreparedStatement statement = bind("Inserting", type, entity, text, type.insertCodecs(generate), bound);
            if (generate) {
                try (ResultSet rows = executor.query(statement, text, bound)) {
                    rows.next();
                    type.set(entity, type.id(), type.id().codec().read(rows, 1));
                }
            } else if (session.sql().writes().advancesGeneratedId(type.info())) {
                executor.query(statement, text, bound).close();
            } else {
                executor.update(statement, text, bound);
            }
        } catch (SQLException e) {
            throw messages.onWrite("Inserting", type, entity, kept, e, text);
        }
        Object managed = EntityTypes.stateOf(entity) != null ? register(type, entity) : adopt(type, entity);
        EntityState state = EntityTypes.stateOf(managed);
        for (ColumnMapping c : columns) {
            if (c.kept()) {
                state.kept(c.keptIndex(), kept[c.keptIndex()]);
            }
        }
        forgetOnRollback(type, entity, managed, generate);
        return managed;
    }

    /**
     * If the insert's transaction rolls back, the row's instance leaves the identity map and a
     * generated id is taken back from the managed instance and the argument, so that both are
     * as before the insert (and the argument can be inserted again).
     */
    private void forgetOnRollback(EntityType type, Object entity, Object managed, boolean generated) {
        if (!type.hasId()) {
            return;
        }
        Object id = type.idOf(managed);
        session.rollbackLog().record(() -> {
            session.identityMap().discard(type.type(), id);
            if (generated) {
                type.set(managed, type.id(), null);
                type.set(entity, type.id(), null);
            }
        });
    }

    /**
     * @return the statement of {@code text} with {@code values} bound by the columns' codecs
     * @throws IllegalArgumentException naming the row when a value cannot be stored (a NaN)
     */
    private PreparedStatement bind(String action, EntityType type, Object entity, String text, Codec[] codecs,
            Object[] values) throws SQLException {
        try {
            return session.executor().prepare(text, codecs, values);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(action + " " + ConstraintMessages.describe(type, entity) + " failed: "
                + e.getMessage(), e);
        }
    }

    /** An id the caller assigns (String or UUID) must be set, by the caller or a BEFORE_CREATE hook, before the INSERT. */
    private static void requireAssignedId(EntityType type, Object entity) {
        if (type.hasId() && !type.id().info().generated() && type.idOf(entity) == null) {
            throw new IllegalArgumentException("Inserting " + type.name() + " (new) failed: " + type.name() + "."
                + type.id().name() + " is " + article(type.id().type().getSimpleName()) + " the caller assigns, and "
                + "it is null. Set the id before you insert.");
        }
    }

    private static String article(String word) {
        return ("AEIO".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }

    private Object register(EntityType type, Object entity) {
        if (type.hasId()) {
            session.identityMap().put(type.type(), type.idOf(entity), entity);
        }
        return entity;
    }

    private Object adopt(EntityType type, Object entity) {
        Object managed = session.materializer().adopt(type, entity, null);
        for (AssociationSlot slot : type.slots()) {
            if (!slot.kind().isToMany() && slot.hasField()) {
                Object target = slot.read(entity);
                if (target != null) {
                    slot.write(managed, target);
                    EntityTypes.stateOf(managed).loaded(slot.slot(), true);
                }
            }
        }
        return managed;
    }

    /**
     * @return the value of {@code column} as it will be stored: a date-time truncated to
     *         microseconds, which every database keeps, and the field set to it
     */
    private static Object stored(EntityType type, Object entity, Object[] kept, ColumnMapping column) {
        if (column.kept()) {
            return kept[column.keptIndex()];
        }
        Object value = type.get(entity, column);
        Object truncated = value instanceof LocalDateTime t && t.getNano() % 1_000 != 0 ? t.truncatedTo(ChronoUnit.MICROS)
            : value instanceof Instant t && t.getNano() % 1_000 != 0 ? t.truncatedTo(ChronoUnit.MICROS) : value;
        if (truncated != value) {
            type.set(entity, column, truncated);
        }
        return truncated;
    }

    private static Object[] keptValues(EntityType type, Object entity) {
        Object[] kept = new Object[type.keptCount()];
        EntityState state = EntityTypes.stateOf(entity);
        if (state != null) {
            for (int i = 0; i < kept.length; i++) {
                kept[i] = state.kept(i);
            }
        }
        return kept;
    }

    /** Fills foreign keys that are null from the to-one fields that are set (a belongsTo's target, a polymorphic owner). */
    void deriveKeys(EntityType type, Object entity, Object[] kept) {
        for (AssociationSlot slot : type.slots()) {
            Association a = slot.association();
            if ((a.kind() != AssociationKind.BELONGS_TO && a.kind() != AssociationKind.BELONGS_TO_POLYMORPHIC)
                    || !slot.hasField()) {
                continue;
            }
            Object target = slot.read(entity);
            if (target == null) {
                continue;
            }
            EntityType targetType = session.types().ofEntity(target);
            ColumnMapping fk = type.column(a.foreignKey()).orElseThrow();
            Object current = fk.kept() ? kept[fk.keptIndex()] : type.get(entity, fk);
            if (current != null) {
                continue;
            }
            Object key = targetType.get(target, targetType.column(a.targetKey()).orElseThrow());
            if (key == null) {
                throw new IllegalArgumentException(ConstraintMessages.describe(type, entity) + "." + a.alias() + " is a "
                    + targetType.name() + " that has no id yet. Insert the " + targetType.name() + " first, then this "
                    + type.name() + ".");
            }
            write(type, entity, kept, fk, key);
            if (a.kind() == AssociationKind.BELONGS_TO_POLYMORPHIC) {
                ColumnMapping typeColumn = type.column(a.typeKey().orElseThrow()).orElseThrow();
                String value = a.types().entrySet().stream().filter(e -> e.getValue() == targetType.type())
                    .map(java.util.Map.Entry::getKey).findFirst().orElseThrow(() -> new IllegalArgumentException(
                        a.describe() + ": " + targetType.name() + " is not one of its types " + a.types().keySet() + "."));
                write(type, entity, kept, typeColumn, value);
            }
        }
    }

    /**
     * @throws IllegalArgumentException when a polymorphic association's type column holds a value
     *         none of its {@code type(...)} declarations gives (the row would belong to no model)
     */
    private static void checkPolymorphicTypes(EntityType type, Object entity, Object[] kept) {
        for (AssociationSlot slot : type.slots()) {
            Association a = slot.association();
            if (a.kind() != AssociationKind.BELONGS_TO_POLYMORPHIC) {
                continue;
            }
            ColumnMapping typeColumn = type.column(a.typeKey().orElseThrow()).orElseThrow();
            Object value = typeColumn.kept() ? kept[typeColumn.keptIndex()] : type.get(entity, typeColumn);
            if (value != null && !a.types().containsKey(value.toString())) {
                throw new IllegalArgumentException(ConstraintMessages.describe(type, entity) + "." + typeColumn.name()
                    + " is '" + value + "', which is none of the types of " + a.describe() + ": " + a.types().keySet()
                    + ". Use one of those values, or set " + a.alias() + " and let Kinship write the type.");
            }
        }
    }

    private static void write(EntityType type, Object entity, Object[] kept, ColumnMapping column, Object value) {
        if (column.kept()) {
            kept[column.keptIndex()] = value;
        } else {
            type.set(entity, column, value);
        }
    }

    // ---- update -----------------------------------------------------------------------------

    /** Writes every column of {@code entity}; @return the managed instance. */
    @SuppressWarnings("unchecked")
    public <T> T update(T entity) {
        EntityType type = session.types().ofEntity(entity);
        requireId(type, entity, "update");
        return (T) session.atomic(() -> {
            hooks.run(type.type(), Hook.BEFORE_UPDATE, entity);
            Object[] kept = keptValues(type, entity);
            deriveKeys(type, entity, kept);
            checkPolymorphicTypes(type, entity, kept);
            updateRow(type, entity, kept);
            Object managed = managedCopy(type, entity, kept);
            new Inverses(session).written(type, managed, false);
            hooks.run(type.type(), Hook.AFTER_UPDATE, managed);
            return managed;
        });
    }

    void updateRow(EntityType type, Object entity, Object[] kept) {
        String text = session.sql().writes().updateById(type.info());
        ColumnMapping[] columns = type.columns();
        Object[] values = new Object[columns.length];
        int next = 0;
        for (ColumnMapping c : columns) {
            if (c != type.id()) {
                values[next++] = stored(type, entity, kept, c);
            }
        }
        values[next] = type.idOf(entity);
        try {
            PreparedStatement statement = bind("Updating", type, entity, text, type.updateCodecs(), values);
            int changed = session.executor().update(statement, text, values);
            if (changed == 0) {
                throw new dev.kinship.runtime.ConstraintViolationException("Updating "
                    + ConstraintMessages.describe(type, entity) + " failed: no " + type.name() + " row has id "
                    + type.idOf(entity) + ". Insert it instead, or find the row first.", null);
            }
        } catch (SQLException e) {
            throw messages.onWrite("Updating", type, entity, kept, e, text);
        }
    }

    private Object managedCopy(EntityType type, Object entity, Object[] kept) {
        if (EntityTypes.stateOf(entity) != null) {
            EntityState state = EntityTypes.stateOf(entity);
            for (int i = 0; i < kept.length; i++) {
                session.rollbackLog().kept(state, i, kept[i]);
            }
            return entity;
        }
        Object known = session.identityMap().peek(type.type(), type.idOf(entity));
        if (known == null) {
            return adopt(type, entity);
        }
        for (ColumnMapping c : type.columns()) {
            if (!c.kept()) {
                session.rollbackLog().set(type, known, c, type.get(entity, c));
            }
        }
        return known;
    }

    static void requireId(EntityType type, Object entity, String call) {
        if (!type.hasId()) {
            throw new IllegalArgumentException(call + "(" + type.name() + "): " + type.name() + " has no id field, so "
                + "Kinship cannot tell which row to " + (call.equals("update") ? "write" : call) + ". Change its rows "
                + "through session.toMany(owner, alias).");
        }
        if (type.idOf(entity) == null) {
            throw new IllegalArgumentException(call + "(" + type.name() + "): the entity has no id, so it is not a row "
                + "yet. Insert it first.");
        }
    }

    // ---- delete -----------------------------------------------------------------------------

    /** Deletes {@code entity}, applying hooked delete rules first. */
    public void delete(Object entity) {
        EntityType type = session.types().ofEntity(entity);
        requireId(type, entity, "delete");
        try {
            session.atomic(() -> {
                deleteRules.delete(type, List.of(entity));
                return null;
            });
        } catch (RowGone e) {
            gone(type, List.of(entity));
        }
    }

    /** The row a delete() was for was gone already; thrown to roll back what its BEFORE_DESTROY work did. */
    static final class RowGone extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RowGone() {
            super("the row was gone already", null, false, false);
        }
    }

    /** Rows that were already gone: their instances leave the session, and no hook runs. */
    private void gone(EntityType type, List<Object> entities) {
        for (Object e : entities) {
            session.identityMap().remove(type.type(), type.idOf(e));
        }
        new Inverses(session).deleted(type, entities);
    }

    /**
     * Runs one DELETE for {@code entities} (all of {@code type}, BEFORE_DESTROY already run), then
     * AFTER_DESTROY.
     *
     * @param mustExist whether deleting no row means the rows were gone already ({@link RowGone}, no AFTER_DESTROY)
     */
    void deleteRows(EntityType type, List<Object> entities, boolean mustExist) {
        SqlTexts sql = session.sql();
        List<Object> ids = new ArrayList<>(entities.size());
        entities.forEach(e -> ids.add(type.idOf(e)));
        int deleted = 0;
        for (Object[] chunk : sql.chunks(ids, 0)) {
            String text = sql.writes().deleteByIds(type.info(), chunk.length);
            try {
                deleted += session.executor().update(text, chunk);
            } catch (SQLException e) {
                throw messages.onDelete(type, entities, e, text);
            }
        }
        if (deleted == 0 && mustExist) {
            throw new RowGone();
        }
        for (Object e : entities) {
            session.identityMap().remove(type.type(), type.idOf(e));
            hooks.run(type.type(), Hook.AFTER_DESTROY, e);
        }
    }
}
