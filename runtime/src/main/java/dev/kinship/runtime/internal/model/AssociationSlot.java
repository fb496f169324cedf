package dev.kinship.runtime.internal.model;

import dev.kinship.dsl.Association;
import dev.kinship.dsl.AssociationKind;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One association of an entity type: its slot in the state's loaded flags and the handles of
 * its field (null when the class declares no field for it).
 */
public final class AssociationSlot {

    private final Association association;
    private final int slot;
    private final MethodHandle getter;
    private final MethodHandle setter;
    private final boolean set;

    public AssociationSlot(Association association, int slot, MethodHandle getter, MethodHandle setter) {
        this.association = association;
        this.slot = slot;
        this.getter = getter;
        this.setter = setter;
        this.set = association.collectionType().filter(Set.class::equals).isPresent();
    }

    public Association association() {
        return association;
    }

    public String alias() {
        return association.alias();
    }

    public AssociationKind kind() {
        return association.kind();
    }

    public int slot() {
        return slot;
    }

    public boolean hasField() {
        return setter != null;
    }

    /** @return a new mutable collection of the field's kind: LinkedHashSet for Set, ArrayList otherwise */
    public Collection<Object> newCollection(int size) {
        return set ? new LinkedHashSet<>(Math.max(16, size * 2)) : new ArrayList<>(size);
    }

    /** Writes the field, or keeps the value in the entity's state when the class has no field for it. */
    public void write(Object entity, Object value) {
        if (setter == null) {
            EntityState state = EntityTypes.stateOf(entity);
            if (state != null) {
                state.unmapped(slot, value);
            }
            return;
        }
        try {
            setter.invokeExact(entity, value);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the field's value, or the value kept in the entity's state when the class has no field */
    public Object read(Object entity) {
        if (getter == null) {
            EntityState state = EntityTypes.stateOf(entity);
            return state == null ? null : state.unmapped(slot);
        }
        try {
            return (Object) getter.invokeExact(entity);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
