package dev.kinship.runtime.internal.sql;

import dev.kinship.dsl.Association;
import dev.kinship.dsl.ModelInfo;

/**
 * What the statements of a belongsToMany's join rows are built from.
 *
 * @param association     the belongsToMany
 * @param table           the join table
 * @param fkColumn        the join-table column holding the owner's key
 * @param otherColumn     the join-table column holding the target's key
 * @param target          the target model
 * @param targetKeyColumn the target's column the other key refers to
 * @param joinScope       the through scope on the join table, alias {@code j}
 * @param targetScope     the association's scope on the target, alias {@code t0}
 */
public record JoinPath(Association association, String table, String fkColumn, String otherColumn, ModelInfo target,
        String targetKeyColumn, ScopeClause joinScope, ScopeClause targetScope) {

    /** @return the values {@link LinkStatements#joinCount} and its siblings bind before any IN list */
    public Object[] fromWhereValues(Object ownerKey) {
        Object[] join = joinScope.values();
        Object[] target = targetScope.values();
        Object[] out = new Object[1 + join.length + target.length];
        out[0] = ownerKey;
        System.arraycopy(join, 0, out, 1, join.length);
        System.arraycopy(target, 0, out, 1 + join.length, target.length);
        return out;
    }
}
