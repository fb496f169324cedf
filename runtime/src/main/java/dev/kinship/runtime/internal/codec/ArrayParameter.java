package dev.kinship.runtime.internal.codec;

import java.util.Arrays;

/**
 * A list of values bound as one SQL array parameter ({@code = ANY(?)} on PostgreSQL), so that one
 * prepared statement serves every list length.
 *
 * @param elementType the database's name of the element type ({@code bigint}, {@code text}, {@code uuid} ...)
 * @param values      the elements
 */
public record ArrayParameter(String elementType, Object[] values) {

    @Override
    public boolean equals(Object other) {
        return other instanceof ArrayParameter a && elementType.equals(a.elementType) && Arrays.equals(values, a.values);
    }

    @Override
    public int hashCode() {
        return 31 * elementType.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return elementType + Arrays.toString(values);
    }
}
