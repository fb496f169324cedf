package dev.kinship.runtime.internal.write;

import dev.kinship.dsl.Association;
import dev.kinship.dsl.AssociationKind;
import dev.kinship.runtime.ToOne;
import dev.kinship.runtime.internal.loading.SessionContext;
import dev.kinship.runtime.internal.mapping.AssociationSlot;
import dev.kinship.runtime.internal.mapping.ColumnMapping;
import dev.kinship.runtime.internal.mapping.EntityType;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * get/set/create of a belongsTo (the owner holds the key), a polymorphic belongsTo (key and
 * type) or a hasOne (the target holds the key; the previous target is unset, or deleted when its
 * key may not be null). Each call is one transaction.
 */
final class ToOneOperations extends AssociationOperations implements ToOne<Object> {

    ToOneOperations(SessionContext session, Writer writer, Object owner, AssociationSlot slot) {
        super(session, writer, owner, slot);
    }

    @Override
    public Optional<Object> get() {
        return Optional.ofNullable(current());
    }

    @Override
    public void set(Object target) {
        session.atomic(() -> {
            if (slot.kind() == AssociationKind.HAS_ONE) {
                setHasOne(target == null ? null : requireRow(target, "set"));
            } else {
                setOwnerKey(target == null ? null : requireRow(target, "set"));
            }
            return null;
        });
    }

    @Override
    public Object create(Object target) {
        return session.atomic(() -> {
            if (slot.kind() == AssociationKind.HAS_ONE) {
                Association a = slot.association();
                EntityType type = typeOf(target);
                type.set(target, type.column(a.foreignKey()).orElseThrow(), ownerKey());
                writeScope(type, target, a.scope());
                Object previous = current();
                Object managed = writer.insert(target);
                if (previous != null && previous != managed) {
                    unsetPrevious(previous);
                }
                slot.write(owner, managed);
                state.loaded(slot.slot(), true);
                return managed;
            }
            Object managed = writer.insert(target);
            setOwnerKey(managed);
            return managed;
        });
    }

    private void setOwnerKey(Object target) {
        Association a = slot.association();
        ColumnMapping fk = ownerType.column(a.foreignKey()).orElseThrow();
        Object key = null;
        ColumnMapping typeColumn = a.typeKey().flatMap(ownerType::column).orElse(null);
        Object typeValue = null;
        if (target != null) {
            EntityType targetType = typeOf(target);
            key = targetType.get(target, targetType.column(a.targetKey()).orElseThrow());
            if (typeColumn != null) {
                typeValue = a.types().entrySet().stream().filter(e -> e.getValue() == targetType.type())
                    .map(Map.Entry::getKey).findFirst().orElseThrow(() -> new IllegalArgumentException(
                        a.describe() + ": " + targetType.name() + " is not one of its types " + a.types() + "."));
            }
        }
        var sql = session.sql();
        String text = sql.cached(List.of("setkey", a.source(), a.alias()), () -> "UPDATE "
            + sql.quote(ownerType.info().table()) + " SET " + sql.quote(fk.column()) + " = ?"
            + (typeColumn == null ? "" : ", " + sql.quote(typeColumn.column()) + " = ?") + " WHERE "
            + sql.quote(ownerType.id().column()) + " = ?");
        Object id = ownerType.idOf(owner);
        update(text, typeColumn == null ? new Object[] {key, id} : new Object[] {key, typeValue, id});
        ownerType.set(owner, fk, key);
        if (typeColumn != null) {
            ownerType.set(owner, typeColumn, typeValue);
        }
        slot.write(owner, target);
        state.loaded(slot.slot(), true);
    }

    private void setHasOne(Object target) {
        Association a = slot.association();
        Object previous = current();
        if (previous == target) {
            return;
        }
        if (previous != null) {
            unsetPrevious(previous);
        }
        if (target != null) {
            EntityType type = typeOf(target);
            ColumnMapping fk = type.column(a.foreignKey()).orElseThrow();
            Object key = ownerKey();
            var sql = session.sql();
            String text = sql.cached(List.of("sethasone", a.source(), a.alias()), () -> "UPDATE "
                + sql.quote(type.info().table()) + " SET " + sql.quote(fk.column()) + " = ? WHERE "
                + sql.quote(type.id().column()) + " = ?");
            update(text, new Object[] {key, type.idOf(target)});
            type.set(target, fk, key);
        }
        slot.write(owner, target);
        state.loaded(slot.slot(), true);
    }

    private void unsetPrevious(Object previous) {
        Association a = slot.association();
        EntityType type = typeOf(previous);
        if (!a.allowNull()) {
            writer.delete(previous);
            return;
        }
        ColumnMapping fk = type.column(a.foreignKey()).orElseThrow();
        var sql = session.sql();
        String text = sql.cached(List.of("unsethasone", a.source(), a.alias()), () -> "UPDATE "
            + sql.quote(type.info().table()) + " SET " + sql.quote(fk.column()) + " = NULL WHERE "
            + sql.quote(type.id().column()) + " = ?");
        update(text, new Object[] {type.idOf(previous)});
        type.set(previous, fk, null);
    }

    static void writeScope(EntityType type, Object target, Map<String, Object> scope) {
        scope.forEach((field, value) -> type.set(target, type.column(field).orElseThrow(), value));
    }
}
