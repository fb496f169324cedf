package dev.kinship.runtime.internal.write;

import dev.kinship.dsl.Association;
import dev.kinship.dsl.AssociationKind;
import dev.kinship.runtime.ConstraintViolationException;
import dev.kinship.runtime.DataAccessException;
import dev.kinship.runtime.ToMany;
import dev.kinship.runtime.ToOne;
import dev.kinship.runtime.internal.jdbc.Executor;
import dev.kinship.runtime.internal.loading.AssociationLoader;
import dev.kinship.runtime.internal.loading.EntityState;
import dev.kinship.runtime.internal.loading.SessionContext;
import dev.kinship.runtime.internal.mapping.AssociationSlot;
import dev.kinship.runtime.internal.mapping.ColumnMapping;
import dev.kinship.runtime.internal.mapping.EntityType;
import dev.kinship.runtime.internal.mapping.EntityTypes;
import dev.kinship.runtime.internal.sql.Dialect;
import dev.kinship.runtime.internal.sql.SqlTexts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Entry to the association operations ({@code session.toOne} / {@code session.toMany}), and what
 * they share: checks of the owner and of the targets given, the owner's key, a fresh load of
 * the association, statement text cached per association and shape, and database errors turned
 * into messages that name the association.
 */
public abstract class AssociationOperations {

    final SessionContext session;
    final Writer writer;
    final EntityType ownerType;
    final Object owner;
    final EntityState state;
    final AssociationSlot slot;
    final Association a;
    final Inverses inverses;
    private DeleteRules deleteRules;

    AssociationOperations(SessionContext session, Writer writer, Object owner, AssociationSlot slot) {
        this.session = session;
        this.writer = writer;
        this.owner = owner;
        this.ownerType = session.types().ofEntity(owner);
        this.state = EntityTypes.stateOf(owner);
        this.slot = slot;
        this.a = slot.association();
        this.inverses = new Inverses(session);
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
        String call = "session." + (toMany ? "toMany" : "toOne") + "(" + type.name() + ", \"" + alias + "\")";
        AssociationSlot slot = type.slot(alias).orElseThrow(() -> new IllegalArgumentException(call + ": "
            + type.name() + " has no association '" + alias + "'. Its associations: " + type.slotsByAlias().keySet()
            + "."));
        if (slot.kind().isToMany() != toMany) {
            throw new IllegalArgumentException(call + ": " + slot.association().describe() + " is a "
                + (toMany ? "to-one" : "to-many") + " association. Use session." + (toMany ? "toOne" : "toMany")
                + "(owner, \"" + alias + "\") for it.");
        }
        if (EntityTypes.stateOf(owner) == null) {
            throw new IllegalArgumentException(call + ": the " + type.name() + " is not managed by a session. Pass "
                + "the instance that insert, find or query returned.");
        }
        if (!type.hasId() || type.idOf(owner) == null) {
            throw new IllegalArgumentException(call + ": the " + type.name() + " has no id, so it is not a row yet. "
                + "Insert it first.");
        }
        return slot;
    }

    // ---- reading ----------------------------------------------------------------------------

    /**
     * Loads the association from the database (whatever lazy-loading mode the session is in),
     * writes it to the owner's field, marks it loaded, and @return the field's value.
     */
    Object load() {
        new AssociationLoader(session).load(List.of(state), slot);
        return slot.read(owner);
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value == null ? new ArrayList<>() : new ArrayList<>((Collection<Object>) value);
    }

    /** Marks the association unloaded, so the next read goes to the database. */
    void forget() {
        state.loaded(slot.slot(), false);
        state.clearJoinRows(slot.slot());
    }

    // ---- arguments --------------------------------------------------------------------------

    /** @return the type of {@code candidate}, which must be one of the association's targets */
    EntityType targetTypeOf(Object candidate, String call) {
        Objects.requireNonNull(candidate, () -> describe(call) + ": the target is null. Pass a "
            + a.target().getSimpleName() + (call.equals("set") && !a.isToMany() ? ", or null to unset" : "") + ".");
        EntityType type = session.types().ofEntity(candidate);
        boolean fits = a.kind() == AssociationKind.BELONGS_TO_POLYMORPHIC ? a.types().containsValue(type.type())
            : a.target().isAssignableFrom(type.type());
        if (!fits) {
            String expected = a.kind() == AssociationKind.BELONGS_TO_POLYMORPHIC
                ? "one of " + a.types().values().stream().map(Class::getSimpleName).toList()
                : "a " + a.target().getSimpleName();
            throw new IllegalArgumentException(describe(call) + " was given a " + type.name() + ", but this "
                + "association links " + expected + ". Pass " + expected + ".");
        }
        return type;
    }

    /** @return the managed instance of {@code candidate}, which must be a row (have an id) */
    Object requireRow(Object candidate, String call) {
        EntityType type = targetTypeOf(candidate, call);
        Object id = type.hasId() ? type.idOf(candidate) : null;
        if (id == null) {
            boolean links = call.startsWith("add") || call.equals("set");
            throw new IllegalArgumentException(describe(call) + " was given a " + type.name() + " that has no id, so "
                + "it is not a row yet. " + (links ? "Insert it first, or use create(...), which inserts and links it "
                + "in one step." : "Pass a row that insert, find or query returned."));
        }
        Object known = session.identityMap().peek(type.type(), id);
        return known != null ? known : candidate;
    }

    /** @return the managed rows of {@code candidates}, one per id, in the order given */
    List<Object> requireRows(Collection<?> candidates, String call) {
        Objects.requireNonNull(candidates, "targets");
        Map<Object, Object> byId = new LinkedHashMap<>();
        for (Object c : candidates) {
            Object row = requireRow(c, call);
            byId.putIfAbsent(typeOfRow(row).idOf(row), row);
        }
        return new ArrayList<>(byId.values());
    }

    /** @return a candidate for create(...): of a target type and not yet a managed row */
    EntityType requireNew(Object candidate) {
        EntityType type = targetTypeOf(candidate, "create");
        if (EntityTypes.stateOf(candidate) != null) {
            throw new IllegalArgumentException(describe("create") + " was given " + ConstraintMessages.describe(type,
                candidate) + ", which is already a row. create(...) inserts a new " + type.name() + "; use "
                + (a.isToMany() ? "add" : "set") + "(...) to link an existing one.");
        }
        return type;
    }

    /**
     * Gives a new target the owner's key before it is inserted: into its key field, or, where its
     * class keeps no field for the key, into a belongsTo field over the same key (from which the
     * insert derives it).
     */
    void giveKey(EntityType type, Object target, ColumnMapping fk, Object key) {
        if (!fk.kept()) {
            type.set(target, fk, key);
            return;
        }
        for (AssociationSlot back : type.slots()) {
            if (back.kind() == AssociationKind.BELONGS_TO && back.hasField()
                    && back.association().foreignKeyColumn().equals(fk.column())
                    && back.association().target().isInstance(owner)) {
                back.write(target, owner);
                return;
            }
        }
        throw new IllegalArgumentException(describe("create") + ": " + type.name() + " has no field for its key '"
            + a.foreignKey() + "' and no belongsTo field over it, so the new row cannot be given the key. Add a '"
            + a.foreignKey() + "' field to " + type.name() + ", or insert it yourself and link it with "
            + (a.isToMany() ? "add" : "set") + "(...).");
    }

    EntityType typeOfRow(Object row) {
        return session.types().ofEntity(row);
    }

    /** @return {@code Team#1.members.add(...)} style text naming the operation */
    String describe(String call) {
        return state.describe() + "." + a.alias() + "." + call + "(...)";
    }

    /** @return the owner's value of the association's source key */
    Object ownerKey() {
        Object key = ownerType.get(owner, ownerType.column(a.sourceKey()).orElseThrow());
        if (key == null) {
            throw new IllegalStateException(state.describe() + " has no value in '" + a.sourceKey() + "', the source "
                + "key of " + a.describe() + ", so nothing can be linked to it. Set " + a.sourceKey()
                + " and update the " + ownerType.name() + " first.");
        }
        return key;
    }

    /**
     * Runs {@code work} in one transaction; when it fails, the in-memory changes it recorded in
     * its {@link Undo} are undone, and when it succeeds the work it left for success runs.
     */
    <R> R atomically(java.util.function.Function<Undo, R> work) {
        Undo undo = new Undo();
        R result;
        try {
            result = session.atomic(() -> work.apply(undo));
        } catch (RuntimeException | Error e) {
            undo.rollback();
            throw e;
        }
        undo.succeeded();
        return result;
    }

    DeleteRules deleteRules() {
        if (deleteRules == null) {
            deleteRules = new DeleteRules(session, writer.hooks(), writer);
        }
        return deleteRules;
    }

    // ---- statements -------------------------------------------------------------------------

    /**
     * Whether every candidate is linked to the owner: one COUNT per IN-list chunk of their keys.
     *
     * @param key        the candidate's key (checked to be a target of this association), null when unsaved
     * @param head       values bound before the chunk (the owner's key and the scopes)
     * @param statement  the COUNT statement for a chunk of the given size
     */
    boolean containsAll(Collection<?> candidates, String call, java.util.function.Function<Object, Object> key,
            Object[] head, java.util.function.IntFunction<String> statement) {
        java.util.Set<Object> keys = new java.util.LinkedHashSet<>();
        for (Object candidate : candidates) {
            Object value = key.apply(candidate);
            if (value == null) {
                return false;
            }
            keys.add(value);
        }
        long found = 0;
        for (Object[] chunk : sql().chunks(new ArrayList<>(keys), head.length)) {
            found += count(text("has", chunk.length, () -> statement.apply(chunk.length)), concat(head, chunk), call);
        }
        return found == keys.size();
    }

    /** @return the statement text of this association's {@code shape}, built once per Database */
    String text(String shape, int size, Supplier<String> builder) {
        return session.sql().cached(List.of("assoc", a.source(), a.alias(), shape, size), builder);
    }

    SqlTexts sql() {
        return session.sql();
    }

    long count(String text, Object[] values, String call) {
        Executor executor = session.executor();
        try (ResultSet rows = executor.query(executor.prepare(text, values), text, values)) {
            return rows.next() ? rows.getLong(1) : 0;
        } catch (SQLException e) {
            throw new DataAccessException(describe(call) + " failed: " + e.getMessage() + ". Statement: " + text, e);
        }
    }

    /** Runs a write; a constraint the database reports becomes a {@link ConstraintViolationException} naming the association. */
    int update(String text, Object[] values, String call) {
        try {
            return session.executor().update(text, values);
        } catch (SQLException e) {
            Dialect.ConstraintFailure failure = session.sql().dialect().classify(e);
            String what = describe(call) + " failed: ";
            switch (failure.kind()) {
                case FOREIGN_KEY -> throw new ConstraintViolationException(what + "a key it writes refers to a row "
                    + "that does not exist (" + a.describe() + "). Insert the rows you link first. Nothing was "
                    + "changed.", e);
                case UNIQUE -> throw new ConstraintViolationException(what + "the row would duplicate "
                    + String.join(", ", failure.qualifiedColumns()) + " of an existing row (" + a.describe() + "). "
                    + uniqueHint() + "Nothing was changed.", e);
                case NOT_NULL -> throw new ConstraintViolationException(what + String.join(", ", failure.qualifiedColumns())
                    + " may not be null (" + a.describe() + "). Nothing was changed.", e);
                default -> throw new DataAccessException(what + e.getMessage() + ". Statement: " + text, e);
            }
        }
    }

    /** @return advice for a duplicate row, specific to the kind of association */
    String uniqueHint() {
        return "";
    }

    static Object[] concat(Object[] first, Object[] second) {
        if (second.length == 0) {
            return first;
        }
        Object[] out = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, out, first.length, second.length);
        return out;
    }
}
