package dev.kinship.runtime.internal.write;

import dev.kinship.dsl.Association;
import dev.kinship.dsl.AssociationKind;
import dev.kinship.dsl.ModelInfo;
import dev.kinship.dsl.ReferentialAction;
import dev.kinship.runtime.ConstraintViolationException;
import dev.kinship.runtime.DataAccessException;
import dev.kinship.runtime.Hook;
import dev.kinship.runtime.internal.jdbc.Executor;
import dev.kinship.runtime.internal.loading.JoinShape;
import dev.kinship.runtime.internal.loading.Materializer;
import dev.kinship.runtime.internal.sql.ScopeClause;
import dev.kinship.runtime.internal.loading.SessionContext;
import dev.kinship.runtime.internal.model.AssociationSlot;
import dev.kinship.runtime.internal.model.ColumnMapping;
import dev.kinship.runtime.internal.model.EntityType;
import dev.kinship.runtime.internal.model.LoadGroup;
import dev.kinship.runtime.internal.sql.SqlTexts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deletes rows and carries out the onDelete of every association declared with
 * {@code hooks(true)}, inside the delete's transaction, in two phases.
 *
 * <p>Plan: level by level, the children of all rows being deleted are read in one statement per
 * association (per IN-list chunk), not one per row; CASCADE children are planned in turn, through
 * their own hooked associations, and rows already planned are skipped, so cycles end. A
 * RESTRICT / NO_ACTION with children refuses here, before any hook runs or anything is written.
 *
 * <p>Run: for each level, the rows' BEFORE_DESTROY hooks, then their hooked associations in
 * declaration order (CASCADE: the children's level; SET_NULL: each child's BEFORE_UPDATE, one
 * UPDATE, AFTER_UPDATE; belongsToMany: the owner's join rows within the through scope, targets
 * stay), then one DELETE of the rows and their AFTER_DESTROY hooks. Associations without hooks
 * are left to the database's FOREIGN KEY clauses (and, with {@code constraints(false)}, do
 * nothing, as in Sequelize). A hook that throws, or a database refusal, rolls the whole delete
 * back, and the entities in memory are put back as they were.
 */
final class DeleteRules {

    /** One hooked association seen from the parent being deleted. */
    private record Rule(Association association, EntityType child, ColumnMapping parentKey, ColumnMapping childKey,
            ScopeClause scope, boolean joinRows) {
    }

    /** The rows of one type to delete at one level, and what to do to their children first. */
    private static final class Level {
        final EntityType type;
        final List<Object> rows;
        final List<Step> steps = new ArrayList<>();

        Level(EntityType type, List<Object> rows) {
            this.type = type;
            this.rows = rows;
        }
    }

    /** Cascade to {@code level}, unlink {@code children}, or delete the join rows of {@code keys}. */
    private record Step(Rule rule, Level level, List<Object> children, List<Object> keys, List<Object> joinEntities) {
    }

    private final SessionContext session;
    private final HookRegistry hooks;
    private final Writer writer;
    private final Map<EntityType, List<Rule>> rules = new HashMap<>();

    DeleteRules(SessionContext session, HookRegistry hooks, Writer writer) {
        this.session = session;
        this.hooks = hooks;
        this.writer = writer;
    }

    /** Deletes {@code entities} with their hooked delete rules (inside a transaction, which undoes memory too when it fails). */
    void delete(EntityType type, List<Object> entities) {
        Undo undo = new Undo(session.rollbackLog());
        Level root = plan(type, entities, new HashMap<>(), null);
        if (root != null) {
            // a cascade may reach the root again (a cycle) and the database delete it first: then 0 rows is no sign
            boolean cascades = root.steps.stream().anyMatch(step -> step.level() != null);
            run(root, undo, cascades ? null : root);
        }
        undo.finish();
    }

    /** Deletes {@code entities}, recording its in-memory changes in {@code undo} (a larger write's). */
    void delete(EntityType type, List<Object> entities, Undo undo) {
        Level root = plan(type, entities, new HashMap<>(), null);
        if (root != null) {
            run(root, undo, null);
        }
    }

    // ---- plan -------------------------------------------------------------------------------

    private Level plan(EntityType type, List<Object> entities, Map<EntityType, Set<Object>> planned, Level top) {
        Set<Object> seen = planned.computeIfAbsent(type, t -> new HashSet<>());
        List<Object> rows = new ArrayList<>(entities.size());
        for (Object e : entities) {
            if (seen.add(type.idOf(e))) {
                rows.add(e);
            }
        }
        if (rows.isEmpty()) {
            return null;
        }
        Level level = new Level(type, rows);
        Level root = top == null ? level : top;
        for (Rule rule : rulesOf(type)) {
            List<Object> keys = keys(type, rows, rule.parentKey());
            if (keys.isEmpty()) {
                continue;
            }
            ReferentialAction action = rule.association().onDelete();
            boolean refuse = action == ReferentialAction.RESTRICT || action == ReferentialAction.NO_ACTION;
            if (refuse) {
                refuseIfReferenced(rule, level, keys, root);
            } else if (rule.joinRows()) {
                level.steps.add(new Step(rule, null, null, keys, joinEntities(rule, keys)));
            } else if (action == ReferentialAction.CASCADE) {
                Level children = plan(rule.child(), load(rule, keys), planned, root);
                if (children != null) {
                    level.steps.add(new Step(rule, children, null, null, null));
                }
            } else {
                List<Object> children = load(rule, keys);
                if (!children.isEmpty()) {
                    level.steps.add(new Step(rule, null, children, keys, null));
                }
            }
        }
        return level;
    }

    /** @return the hooked associations of {@code type}'s rows as parents, one per key column and scope */
    private List<Rule> rulesOf(EntityType type) {
        return rules.computeIfAbsent(type, t -> {
            List<Rule> found = new ArrayList<>();
            Set<List<Object>> edges = new HashSet<>();
            SqlTexts sql = session.sql();
            for (Association a : session.types().schema().associations()) {
                if (!a.hooks()) {
                    continue;
                }
                if ((a.kind() == AssociationKind.HAS_ONE || a.kind() == AssociationKind.HAS_MANY)
                        && a.source() == t.type()) {
                    EntityType child = session.types().of(a.target());
                    if (edges.add(List.of(child.type(), a.foreignKeyColumn(), a.scope()))) {
                        found.add(new Rule(a, child, t.column(a.sourceKey()).orElseThrow(),
                            child.column(a.foreignKey()).orElseThrow(),
                            ScopeClause.ofColumns(sql, "t0", child.scopeColumns(a.scope())), false));
                    }
                } else if (a.kind() == AssociationKind.BELONGS_TO && a.target() == t.type()) {
                    EntityType child = session.types().of(a.source());
                    if (edges.add(List.of(child.type(), a.foreignKeyColumn(), Map.of()))) {
                        found.add(new Rule(a, child, t.column(a.targetKey()).orElseThrow(),
                            child.column(a.foreignKey()).orElseThrow(), ScopeClause.none(), false));
                    }
                } else if (a.kind() == AssociationKind.BELONGS_TO_MANY && a.source() == t.type()) {
                    found.add(new Rule(a, null, t.column(a.sourceKey()).orElseThrow(), null,
                        JoinShape.scope(session, a, "j"), true));
                }
            }
            return List.copyOf(found);
        });
    }

    /** RESTRICT / NO_ACTION: one grouped COUNT; any child refuses the whole delete, naming parent, child and association. */
    private void refuseIfReferenced(Rule rule, Level level, List<Object> keys, Level root) {
        Association a = rule.association();
        SqlTexts sql = session.sql();
        ModelInfo child = rule.joinRows() ? null : rule.child().info();
        String childKey = rule.joinRows() ? null : rule.childKey().column();
        ColumnMapping keyCodec = rule.parentKey();
        Executor executor = session.executor();
        for (Object[] chunk : sql.chunks(keys, rule.scope().values().length)) {
            String text = sql.deletes().restrictCount(a, child, childKey, rule.scope(), chunk.length);
            Object[] values = AssociationOperations.concat(chunk, rule.scope().values());
            try (ResultSet rows = executor.query(executor.prepare(text, values), text, values)) {
                if (rows.next()) {
                    Object parentKey = keyCodec.codec().read(rows, 1);
                    throw restricted(rule, level, parentKey, rows.getLong(2), root);
                }
            } catch (SQLException e) {
                throw new DataAccessException("Checking " + a.describe() + " before a delete failed: " + e.getMessage()
                    + ". Statement: " + text, e);
            }
        }
    }

    private ConstraintViolationException restricted(Rule rule, Level level, Object parentKey, long count, Level root) {
        Association a = rule.association();
        Object parent = level.rows.get(0);
        for (Object row : level.rows) {
            if (parentKey.equals(level.type.get(row, rule.parentKey()))) {
                parent = row;
                break;
            }
        }
        String row = ConstraintMessages.describe(level.type, parent);
        String children = rule.joinRows() ? "join row(s) of '" + a.through().orElseThrow() + "'"
            : rule.child().name() + " row(s)";
        String head = level == root ? "Cannot delete " + row + ": "
            : "Cannot delete " + ConstraintMessages.describe(root.type, root.rows.get(0)) + ": its onDelete(CASCADE) "
                + "would delete " + row + ", but ";
        return new ConstraintViolationException(head + count + " " + children + " still refer to " + row + " through "
            + a.describe() + ", whose onDelete is " + a.onDelete() + ". Delete or reassign those rows first, or "
            + "declare onDelete(CASCADE)" + (rule.joinRows() ? "" : " or onDelete(SET_NULL)") + ". Nothing was "
            + "deleted.", null);
    }

    /** @return the children of {@code keys} within the rule's scope, in one SELECT per chunk */
    private List<Object> load(Rule rule, List<Object> keys) {
        SqlTexts sql = session.sql();
        EntityType child = rule.child();
        Association a = rule.association();
        Materializer materializer = session.materializer();
        LoadGroup group = new LoadGroup(keys.size());
        Executor executor = session.executor();
        List<Object> out = new ArrayList<>();
        for (Object[] chunk : sql.chunks(keys, rule.scope().values().length)) {
            String text = sql.deletes().cascadeLoad(a, child.info(), rule.childKey().column(), rule.scope(),
                chunk.length);
            Object[] values = AssociationOperations.concat(chunk, rule.scope().values());
            try (ResultSet rows = executor.query(executor.prepare(text, values), text, values)) {
                while (rows.next()) {
                    out.add(materializer.read(rows, child, 1, group));
                }
            } catch (SQLException e) {
                throw new DataAccessException("Loading the " + child.name() + " rows of " + a.describe()
                    + " to apply its onDelete failed: " + e.getMessage() + ". Statement: " + text, e);
            }
        }
        return out;
    }

    /** @return the join-model rows to delete when the join model has destroy hooks (else null: no read needed) */
    private List<Object> joinEntities(Rule rule, List<Object> keys) {
        Association a = rule.association();
        if (a.throughModel().isEmpty()) {
            return null;
        }
        EntityType model = session.types().of(a.throughModel().get());
        if (!hooks.has(model.type(), Hook.BEFORE_DESTROY) && !hooks.has(model.type(), Hook.AFTER_DESTROY)) {
            return null;
        }
        SqlTexts sql = session.sql();
        ScopeClause scope = rule.scope();
        Materializer materializer = session.materializer();
        Executor executor = session.executor();
        List<Object> out = new ArrayList<>();
        for (Object[] chunk : sql.chunks(keys, scope.values().length)) {
            String text = sql.deletes().joinRowsLoad(a, model.info(), scope, chunk.length);
            Object[] values = AssociationOperations.concat(chunk, scope.values());
            try (ResultSet rows = executor.query(executor.prepare(text, values), text, values)) {
                while (rows.next()) {
                    out.add(materializer.read(rows, model, 1, null));
                }
            } catch (SQLException e) {
                throw new DataAccessException("Loading the join rows of " + a.describe() + " failed: " + e.getMessage()
                    + ". Statement: " + text, e);
            }
        }
        return out;
    }

    // ---- run --------------------------------------------------------------------------------

    /** @param mustExist the level whose rows must all be there still (a delete() of gone rows rolls back), or null */
    private void run(Level level, Undo undo, Level mustExist) {
        EntityType type = level.type;
        for (Object row : level.rows) {
            hooks.run(type.type(), Hook.BEFORE_DESTROY, row);
        }
        for (Step step : level.steps) {
            if (step.level() != null) {
                run(step.level(), undo, null);
            } else if (step.children() != null) {
                unlink(step.rule(), step.children(), step.keys(), undo);
            } else {
                deleteJoinRows(step.rule(), step.keys(), step.joinEntities(), undo);
            }
        }
        writer.deleteRows(type, level.rows, level == mustExist);
        List<Object> rows = level.rows;
        undo.onSuccess(() -> new Inverses(session).deleted(type, rows));
    }

    /** SET_NULL: each child's BEFORE_UPDATE, one UPDATE of the key (per chunk), the key nulled in memory, AFTER_UPDATE. */
    private void unlink(Rule rule, List<Object> children, List<Object> keys, Undo undo) {
        EntityType child = rule.child();
        Association a = rule.association();
        ColumnMapping fk = rule.childKey();
        for (Object c : children) {
            hooks.run(child.type(), Hook.BEFORE_UPDATE, c);
        }
        SqlTexts sql = session.sql();
        for (Object[] chunk : sql.chunks(keys, rule.scope().values().length)) {
            String text = sql.deletes().cascadeUnlink(a, child.info(), fk.column(), rule.scope(), chunk.length);
            try {
                session.executor().update(text, AssociationOperations.concat(chunk, rule.scope().values()));
            } catch (SQLException e) {
                throw new DataAccessException("Unlinking the " + child.name() + " rows of " + a.describe()
                    + " (onDelete SET_NULL) failed: " + e.getMessage() + ". Statement: " + text, e);
            }
        }
        Object[] oldKeys = new Object[children.size()];
        for (int i = 0; i < oldKeys.length; i++) {
            Object c = children.get(i);
            oldKeys[i] = child.get(c, fk);
            undo.set(child, c, fk, null);
            for (AssociationSlot back : child.slots()) {
                if (back.kind() == AssociationKind.BELONGS_TO
                        && back.association().foreignKeyColumn().equals(fk.column())) {
                    undo.write(back, c, null, true);
                }
            }
        }
        undo.onSuccess(() -> new Inverses(session).moved(child, fk, children, oldKeys, null, null, null, null));
        for (Object c : children) {
            hooks.run(child.type(), Hook.AFTER_UPDATE, c);
        }
    }

    /** belongsToMany: the owners' join rows within the through scope go (one DELETE per chunk); the targets stay. */
    private void deleteJoinRows(Rule rule, List<Object> keys, List<Object> joinEntities, Undo undo) {
        Association a = rule.association();
        EntityType model = a.throughModel().map(session.types()::of).orElse(null);
        if (joinEntities != null) {
            for (Object row : joinEntities) {
                hooks.run(model.type(), Hook.BEFORE_DESTROY, row);
            }
        }
        SqlTexts sql = session.sql();
        ScopeClause scope = rule.scope();
        for (Object[] chunk : sql.chunks(keys, scope.values().length)) {
            String text = sql.deletes().joinRowsDelete(a, scope, chunk.length);
            try {
                session.executor().update(text, AssociationOperations.concat(chunk, scope.values()));
            } catch (SQLException e) {
                throw new DataAccessException("Deleting the join rows of " + a.describe() + " failed: "
                    + e.getMessage() + ". Statement: " + text, e);
            }
        }
        if (joinEntities != null) {
            for (Object row : joinEntities) {
                if (model.hasId()) {
                    Object id = model.idOf(row);
                    session.identityMap().remove(model.type(), id);
                }
                hooks.run(model.type(), Hook.AFTER_DESTROY, row);
            }
        }
    }

    private static List<Object> keys(EntityType type, List<Object> entities, ColumnMapping column) {
        Set<Object> keys = new LinkedHashSet<>();
        for (Object e : entities) {
            Object key = type.get(e, column);
            if (key != null) {
                keys.add(key);
            }
        }
        return new ArrayList<>(keys);
    }
}
