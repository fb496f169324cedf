package dev.kinship.runtime.internal.write;

import dev.kinship.dsl.Association;
import dev.kinship.dsl.AssociationKind;
import dev.kinship.dsl.ReferentialAction;
import dev.kinship.runtime.ConstraintViolationException;
import dev.kinship.runtime.DataAccessException;
import dev.kinship.runtime.internal.jdbc.Executor;
import dev.kinship.runtime.internal.loading.SessionContext;
import dev.kinship.runtime.internal.mapping.ColumnMapping;
import dev.kinship.runtime.internal.mapping.EntityType;
import dev.kinship.runtime.internal.sql.Dialect;
import dev.kinship.runtime.internal.sql.SqlTexts;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Turns a database's constraint error into a {@link ConstraintViolationException} that names
 * the model, the row, the column and the association, finding the culprit with one small
 * query where the database does not say (SQLite reports foreign-key failures without names).
 */
final class ConstraintMessages {

    private final SessionContext session;

    ConstraintMessages(SessionContext session) {
        this.session = session;
    }

    /**
     * @param kept the values of the keys Kinship keeps itself (columns without a field), as bound
     */
    RuntimeException onWrite(String action, EntityType type, Object entity, Object[] kept, SQLException e,
            String statement) {
        Dialect.ConstraintFailure failure = session.sql().dialect().classify(e);
        String row = describe(type, entity);
        switch (failure.kind()) {
            case NOT_NULL -> {
                String field = fieldOf(type, failure.columns().isEmpty() ? "?" : failure.columns().get(0));
                String association = type.info().columnInfos().isEmpty() ? "" : associationOfKey(type, field);
                return new ConstraintViolationException(action + " " + row + " failed: " + type.name() + "." + field
                    + " may not be null" + association + ". Set " + field + " before you " + verb(action) + ".", e);
            }
            case UNIQUE -> {
                String columns = String.join(", ", failure.qualifiedColumns());
                boolean id = type.hasId() && failure.columns().equals(java.util.List.of(type.id().column()));
                return new ConstraintViolationException(action + " " + row + " failed: "
                    + (id ? "a " + type.name() + " with id " + type.idOf(entity) + " already exists. Use update(...) "
                        + "for an existing row, or leave a generated id null."
                        : "the value of " + columns + " is already taken by another row. Choose another value."), e);
            }
            case FOREIGN_KEY -> {
                session.afterFailedStatement();
                return new ConstraintViolationException(action + " " + row + " failed: "
                    + missingParent(type, entity, kept), e);
            }
            default -> {
                return new DataAccessException(action + " " + row + " failed: " + e.getMessage() + ". Statement: "
                    + statement, e);
            }
        }
    }

    private static String verb(String action) {
        return action.toLowerCase(java.util.Locale.ROOT).startsWith("insert") ? "insert" : "save";
    }

    static String describe(EntityType type, Object entity) {
        Object id = type.hasId() ? type.idOf(entity) : null;
        return type.name() + (id == null ? " (new)" : "#" + id);
    }

    private static String fieldOf(EntityType type, String column) {
        for (ColumnMapping c : type.columns()) {
            if (c.column().equals(column)) {
                return c.name();
            }
        }
        return column;
    }

    private String associationOfKey(EntityType type, String key) {
        for (Association a : session.types().schema().associations()) {
            boolean owned = a.kind() == AssociationKind.BELONGS_TO && a.source() == type.type()
                || (a.kind() == AssociationKind.HAS_ONE || a.kind() == AssociationKind.HAS_MANY) && a.target() == type.type();
            if (owned && a.foreignKey().equals(key)) {
                return " (it is the key of " + a.describe() + ", declared with allowNull(false))";
            }
        }
        return "";
    }

    /** Finds which key of a written row refers to a row that does not exist. */
    private String missingParent(EntityType type, Object entity, Object[] kept) {
        SqlTexts sql = session.sql();
        for (Association a : session.types().schema().associations()) {
            if (!a.constraints()) {
                continue;
            }
            EntityType parent;
            String parentColumn;
            String key;
            if (a.kind() == AssociationKind.BELONGS_TO && a.source() == type.type()) {
                parent = session.types().of(a.target());
                parentColumn = a.targetKeyColumn();
                key = a.foreignKey();
            } else if ((a.kind() == AssociationKind.HAS_ONE || a.kind() == AssociationKind.HAS_MANY)
                    && a.target() == type.type()) {
                parent = session.types().of(a.source());
                parentColumn = a.sourceKeyColumn();
                key = a.foreignKey();
            } else {
                continue;
            }
            ColumnMapping column = type.column(key).orElse(null);
            Object value = column == null ? null : column.kept() ? kept[column.keptIndex()] : type.get(entity, column);
            if (value != null && !exists(parent, parentColumn, value)) {
                return type.name() + "." + key + " = " + value + " refers to no " + parent.name() + " (" + a.describe()
                    + "). Insert that " + parent.name() + " first or fix the key.";
            }
        }
        return "a foreign key refers to a row that does not exist. Insert the referenced rows first.";
    }

    private boolean exists(EntityType type, String column, Object value) {
        String text = "SELECT 1 FROM " + session.sql().quote(type.info().table()) + " WHERE "
            + session.sql().quote(column) + " = ?";
        try {
            Executor executor = session.executor();
            try (ResultSet rows = executor.query(executor.prepare(text, value), text, new Object[] {value})) {
                return rows.next();
            }
        } catch (SQLException e) {
            return true;
        }
    }

    /** Names the association that refused a delete (RESTRICT / NO ACTION with children). */
    RuntimeException onDelete(EntityType type, java.util.List<Object> entities, SQLException e, String statement) {
        Dialect.ConstraintFailure failure = session.sql().dialect().classify(e);
        String row = describe(type, entities.get(0));
        if (failure.kind() != Dialect.Violation.FOREIGN_KEY) {
            return new DataAccessException("Deleting " + row + " failed: " + e.getMessage() + ". Statement: "
                + statement, e);
        }
        session.afterFailedStatement();
        for (Object entity : entities) {
            RuntimeException culprit = restricted(type, entity, e);
            if (culprit != null) {
                return culprit;
            }
        }
        return new ConstraintViolationException("Cannot delete " + row + ": other rows still refer to it. "
            + "Nothing was deleted.", e);
    }

    private RuntimeException restricted(EntityType type, Object entity, SQLException e) {
        String row = describe(type, entity);
        for (Association a : session.types().schema().associations()) {
            if (!a.constraints() || a.onDelete() != ReferentialAction.RESTRICT && a.onDelete() != ReferentialAction.NO_ACTION) {
                continue;
            }
            String childTable;
            String childColumn;
            String childModel;
            Object key;
            if (a.kind() == AssociationKind.BELONGS_TO && a.target() == type.type()) {
                EntityType child = session.types().of(a.source());
                childTable = child.info().table();
                childColumn = a.foreignKeyColumn();
                childModel = child.name();
                key = type.get(entity, type.column(a.targetKey()).orElseThrow());
            } else if ((a.kind() == AssociationKind.HAS_ONE || a.kind() == AssociationKind.HAS_MANY)
                    && a.source() == type.type()) {
                EntityType child = session.types().of(a.target());
                childTable = child.info().table();
                childColumn = a.foreignKeyColumn();
                childModel = child.name();
                key = type.get(entity, type.column(a.sourceKey()).orElseThrow());
            } else if (a.kind() == AssociationKind.BELONGS_TO_MANY && a.source() == type.type()) {
                childTable = a.through().orElseThrow();
                childColumn = a.foreignKeyColumn();
                childModel = "join table " + childTable;
                key = type.get(entity, type.column(a.sourceKey()).orElseThrow());
            } else {
                continue;
            }
            long children = count(childTable, childColumn, key);
            if (children > 0) {
                return new ConstraintViolationException("Cannot delete " + row + ": " + children + " " + childModel
                    + " row(s) still refer to it through " + a.describe() + ", whose onDelete is " + a.onDelete()
                    + ". Delete or reassign those rows first, or declare onDelete(CASCADE) or onDelete(SET_NULL). "
                    + "Nothing was deleted.", e);
            }
        }
        return null;
    }

    private long count(String table, String column, Object key) {
        String text = "SELECT COUNT(*) FROM " + session.sql().quote(table) + " WHERE " + session.sql().quote(column)
            + " = ?";
        try {
            Executor executor = session.executor();
            try (ResultSet rows = executor.query(executor.prepare(text, key), text, new Object[] {key})) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        } catch (SQLException e) {
            return 0;
        }
    }
}
