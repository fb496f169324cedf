package dev.kinship.runtime.internal.write;

import dev.kinship.dsl.AssociationKind;
import dev.kinship.runtime.ConstraintViolationException;
import dev.kinship.runtime.Hook;
import dev.kinship.runtime.ToOne;
import dev.kinship.runtime.internal.loading.SessionContext;
import dev.kinship.runtime.internal.model.AssociationSlot;
import dev.kinship.runtime.internal.model.ColumnMapping;
import dev.kinship.runtime.internal.model.EntityType;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * get/set/create of a belongsTo (the owner holds the key; a polymorphic one also its type
 * column) or a hasOne (the target holds the key). As in Sequelize, setting saves the rows whose
 * key changes, so their BEFORE_UPDATE/AFTER_UPDATE hooks run; only the key (and scope) columns
 * are written, and setting the target the owner's key already names writes nothing. hasOne.set unsets the previous target's key, or deletes the previous target when
 * the key may not be null (with its delete rules and hooks). Each call is one transaction:
 * belongsTo.set costs one UPDATE; hasOne.set one SELECT of the previous target, then an UPDATE
 * (or the delete) of it and an UPDATE of the new one.
 */
final class ToOneOperations extends AssociationOperations implements ToOne<Object> {

    ToOneOperations(SessionContext session, Writer writer, Object owner, AssociationSlot slot) {
        super(session, writer, owner, slot);
    }

    @Override
    public Optional<Object> get() {
        return Optional.ofNullable(load());
    }

    @Override
    public void set(Object target) {
        Object row = target == null ? null : requireRow(target, "set");
        atomically(undo -> {
            if (slot.kind() == AssociationKind.HAS_ONE) {
                setHasOne(row, undo);
            } else {
                setOwnerKey(row, "set", undo);
            }
            return null;
        });
    }

    @Override
    public Object create(Object target) {
        EntityType type = requireNew(target);
        return atomically(undo -> {
            if (slot.kind() != AssociationKind.HAS_ONE) {
                Object managed = writer.insert(target);
                setOwnerKey(managed, "create", undo);
                return managed;
            }
            Object previous = load();
            if (previous != null) {
                unsetPrevious(previous, undo);
            }
            ColumnMapping fk = type.column(a.foreignKey()).orElseThrow();
            Object key = ownerKey();
            giveKey(type, target, fk, key);
            ScopeValues.of(type, a.scope()).write(target);
            Object managed = writer.insert(target);
            undo.write(slot, owner, managed, true);
            undo.onSuccess(() -> inverses.moved(type, fk, List.of(managed), new Object[] {null}, key, owner, owner,
                slot));
            return managed;
        });
    }

    // ---- belongsTo --------------------------------------------------------------------------

    private void setOwnerKey(Object target, String call, Undo undo) {
        ColumnMapping fk = ownerType.column(a.foreignKey()).orElseThrow();
        ColumnMapping typeColumn = a.typeKey().flatMap(ownerType::column).orElse(null);
        Object key = null;
        Object typeValue = null;
        if (target != null) {
            EntityType targetType = typeOfRow(target);
            key = targetType.get(target, targetType.column(a.targetKey()).orElseThrow());
            if (typeColumn != null) {
                typeValue = typeValueOf(targetType);
            }
        } else if (!a.allowNull()) {
            throw new ConstraintViolationException(describe(call) + " with null failed: " + ownerType.name() + "."
                + a.foreignKey() + " may not be null (" + a.describe() + " is declared with allowNull(false) or a "
                + "primitive key). Set another " + a.target().getSimpleName() + ", or delete the " + ownerType.name()
                + ". Nothing was changed.", null);
        }
        Object oldKey = ownerType.get(owner, fk);
        if (target != null && key.equals(oldKey)
                && (typeColumn == null || typeValue.equals(ownerType.get(owner, typeColumn)))) {
            undo.write(slot, owner, target, true);
            return;
        }
        hooks().run(ownerType.type(), Hook.BEFORE_UPDATE, owner);
        String text = sql().links().setKey(a, ownerType.info(), fk.column(),
            typeColumn == null ? null : typeColumn.column());
        Object id = ownerType.idOf(owner);
        update(text, typeColumn == null ? new Object[] {key, id} : new Object[] {key, typeValue, id}, call);
        undo.set(ownerType, owner, fk, key);
        if (typeColumn != null) {
            undo.set(ownerType, owner, typeColumn, typeValue);
        }
        undo.write(slot, owner, target, true);
        Object newKey = key;
        undo.onSuccess(() -> inverses.moved(ownerType, fk, List.of(owner), new Object[] {oldKey}, newKey, target,
            null, null));
        hooks().run(ownerType.type(), Hook.AFTER_UPDATE, owner);
    }

    private String typeValueOf(EntityType targetType) {
        for (Map.Entry<String, Class<?>> e : a.types().entrySet()) {
            if (e.getValue() == targetType.type()) {
                return e.getKey();
            }
        }
        throw new IllegalArgumentException(a.describe() + ": " + targetType.name() + " is not one of its types "
            + a.types().keySet() + ".");
    }

    // ---- hasOne -----------------------------------------------------------------------------

    private void setHasOne(Object target, Undo undo) {
        Object previous = load();
        if (previous == target && target != null) {
            return;
        }
        if (previous != null) {
            unsetPrevious(previous, undo);
        }
        if (target != null) {
            EntityType type = typeOfRow(target);
            ColumnMapping fk = type.column(a.foreignKey()).orElseThrow();
            Object key = ownerKey();
            Object oldKey = type.get(target, fk);
            hooks().run(type.type(), Hook.BEFORE_UPDATE, target);
            ScopeValues scope = ScopeValues.of(type, a.scope());
            Object[] values = concat(concat(new Object[] {key}, scope.values()), new Object[] {type.idOf(target)});
            String text = sql().links().linkOne(a, type.info(), fk.column(),
                scope.columnNames());
            update(text, values, "set");
            undo.set(type, target, fk, key);
            scope.write(target, undo);
            undo.onSuccess(() -> inverses.moved(type, fk, List.of(target), new Object[] {oldKey}, key, owner, owner,
                slot));
            undo.write(slot, owner, target, true);
            hooks().run(type.type(), Hook.AFTER_UPDATE, target);
        } else {
            undo.write(slot, owner, null, true);
        }
    }

    /** The previous target gives up the owner: its key becomes null, or it is deleted when the key may not be null. */
    private void unsetPrevious(Object previous, Undo undo) {
        EntityType type = typeOfRow(previous);
        if (!a.allowNull()) {
            deleteRules().delete(type, List.of(previous), undo);
            undo.write(slot, owner, null, true);
            return;
        }
        ColumnMapping fk = type.column(a.foreignKey()).orElseThrow();
        Object oldKey = type.get(previous, fk);
        hooks().run(type.type(), Hook.BEFORE_UPDATE, previous);
        String text = sql().links().unlinkOne(a, type.info(), fk.column());
        update(text, new Object[] {type.idOf(previous)}, "set");
        undo.set(type, previous, fk, null);
        undo.write(slot, owner, null, true);
        undo.onSuccess(() -> inverses.moved(type, fk, List.of(previous), new Object[] {oldKey}, null, null, owner,
            slot));
        hooks().run(type.type(), Hook.AFTER_UPDATE, previous);
    }

    private HookRegistry hooks() {
        return writer.hooks();
    }
}
