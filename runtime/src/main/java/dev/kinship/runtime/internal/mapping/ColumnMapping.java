package dev.kinship.runtime.internal.mapping;

import dev.kinship.dsl.ColumnInfo;
import dev.kinship.runtime.internal.codec.Codec;
import java.lang.invoke.MethodHandle;

/**
 * One column of an entity type: its codec and either the handles of its field or, for a key
 * Kinship keeps itself, the index of its value in the entity's state.
 *
 * @param info      the resolved column
 * @param name      the field name, or the key name for a kept column
 * @param codec     reads and binds the value
 * @param getter    {@code (Object)Object}, null for a kept column
 * @param setter    {@code (Object,Object)void}, null for a kept column
 * @param keptIndex index into the state's kept values, -1 for a field
 */
public record ColumnMapping(ColumnInfo info, String name, Codec codec, MethodHandle getter, MethodHandle setter,
        int keptIndex) {

    public boolean kept() {
        return keptIndex >= 0;
    }

    public String column() {
        return info.name();
    }

    public Class<?> type() {
        return info.type();
    }
}
