package dev.kinship.dsl.internal;

import static dev.kinship.dsl.internal.Declaration.Option.ALIAS;
import static dev.kinship.dsl.internal.Declaration.Option.ALLOW_NULL;
import static dev.kinship.dsl.internal.Declaration.Option.CONSTRAINTS;
import static dev.kinship.dsl.internal.Declaration.Option.FOREIGN_KEY;
import static dev.kinship.dsl.internal.Declaration.Option.HOOKS;
import static dev.kinship.dsl.internal.Declaration.Option.ON_DELETE;
import static dev.kinship.dsl.internal.Declaration.Option.ON_UPDATE;
import static dev.kinship.dsl.internal.Declaration.Option.OTHER_KEY;
import static dev.kinship.dsl.internal.Declaration.Option.SOURCE_KEY;
import static dev.kinship.dsl.internal.Declaration.Option.TARGET_KEY;
import static dev.kinship.dsl.internal.Declaration.Option.THROUGH_TABLE;
import static dev.kinship.dsl.internal.Declaration.Option.THROUGH_UNIQUE;
import static dev.kinship.dsl.internal.Declaration.Option.TYPE_KEY;

import dev.kinship.dsl.Association;
import dev.kinship.dsl.AssociationDefinitionException;
import dev.kinship.dsl.AssociationKind;
import dev.kinship.dsl.ColumnInfo;
import dev.kinship.dsl.JoinTable;
import dev.kinship.dsl.ModelInfo;
import dev.kinship.dsl.ReferentialAction;
import dev.kinship.dsl.internal.EntityIntrospector.FieldShape;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.lang3.reflect.TypeUtils;

/**
 * Turns registrations and declarations into a {@link ResolvedSchema}: introspects every model,
 * resolves every default, merges the rules of associations that share a key column and
 * validates everything, failing with an {@link AssociationDefinitionException} at the first
 * declaration that cannot work.
 */
public final class SchemaResolver {

    private static final Set<Class<?>> ID_TYPES = Set.of(Long.class, Integer.class, String.class, java.util.UUID.class);
    private static final Set<Class<?>> COLLECTION_TYPES = Set.of(List.class, Set.class, Collection.class);

    private final Map<Class<?>, ModelDraft> models = new LinkedHashMap<>();
    private final List<Declaration> declarations;
    private final boolean underscored;
    private final List<AssociationDraft> drafts = new ArrayList<>();
    private final Map<String, JoinTableDraft> joinTables = new LinkedHashMap<>();

    private SchemaResolver(List<Declaration> declarations, boolean underscored) {
        this.declarations = declarations;
        this.underscored = underscored;
    }

    /**
     * @throws AssociationDefinitionException at the first declaration that cannot work
     */
    public static ResolvedSchema resolve(List<ModelRegistration> registrations, List<Declaration> declarations,
            boolean underscored) {
        SchemaResolver resolver = new SchemaResolver(declarations, underscored);
        registrations.forEach(r -> resolver.models.put(r.type(), new ModelDraft(r, underscored)));
        return resolver.run();
    }

    private ResolvedSchema run() {
        Set<Class<?>> throughModels = declarations.stream()
            .map(d -> d.throughModel().orElse(null))
            .filter(c -> c != null && models.containsKey(c))
            .collect(Collectors.toSet());
        checkRegistered();
        models.values().forEach(m -> checkModel(m, throughModels.contains(m.type)));
        for (Declaration d : declarations) {
            drafts.add(resolve(d));
        }
        joinTables.values().forEach(JoinTableDraft::settle);
        mergeSharedKeys();
        checkInsertableCycles();
        checkColumnOverrides();
        checkConstraintOptions();
        checkUnclaimedFields();
        checkKeptKeyNames();
        List<ModelInfo> frozen = models.values().stream().map(ModelDraft::freeze).toList();
        List<JoinTable> tables = joinTables.values().stream().map(JoinTableDraft::freeze).toList();
        List<Association> associations = drafts.stream().map(AssociationDraft::freeze).toList();
        return new ResolvedSchema(frozen, associations, tables);
    }

    // ---- models ---------------------------------------------------------------------------

    private void checkRegistered() {
        for (Declaration d : declarations) {
            String where = d.describe() + " as '" + defaultAlias(d) + "': ";
            requireModel(where, "source", d.source());
            if (d.target() != null) {
                requireModel(where, "target", d.target());
            }
            for (Map.Entry<String, Class<?>> t : d.types()) {
                requireModel(where, "type '" + t.getKey() + "' target", t.getValue());
            }
            d.throughModel().ifPresent(c -> requireModel(where, "through model", c));
        }
    }

    private void requireModel(String where, String role, Class<?> type) {
        if (!models.containsKey(type)) {
            throw fail(where + role + " " + type.getSimpleName() + " is not a registered model. Registered models: "
                + registeredNames() + ". Register it with Schema.builder().model(" + type.getSimpleName()
                + ".class) or discover(" + type.getSimpleName() + ".class).");
        }
    }

    private String registeredNames() {
        return models.keySet().stream().map(Class::getSimpleName).collect(Collectors.joining(", ", "[", "]"));
    }

    private void checkModel(ModelDraft m, boolean throughModel) {
        Optional<Declaration> use = firstUse(m.type);
        String where = use.map(d -> d.describe() + " as '" + defaultAlias(d) + "': model ").orElse("Model ");
        EntityIntrospector.whyNotSubclassable(m.type).ifPresent(reason -> {
            throw fail(where + m.name() + " " + reason + ". Kinship subclasses every entity class at run "
                + "time for lazy loading, so " + m.name() + " must be a non-final, non-abstract class (not a record "
                + "or an interface) with a no-arg constructor that is at least package-private.");
        });
        requireIdentifier(where + m.name() + ": table name", m.table, "ModelOptions.table(...)");
        for (FieldShape f : m.fields.values()) {
            if (f.simple()) {
                requireIdentifier(where + m.name() + ": field '" + f.name() + "' maps to column", m.columnName(f.name()),
                    "ModelOptions.column(\"" + f.name() + "\", ...)");
            }
        }
        Optional<FieldShape> id = m.field("id");
        if (id.isPresent() && id.get().primitive()) {
            throw fail(where + m.name() + ": field 'id' is the primitive " + id.get().rawType().getSimpleName()
                + ", so a new " + m.name() + " would carry id 0 instead of having one generated. Declare it as "
                + id.get().boxedType().getSimpleName() + ".");
        }
        if (id.isPresent() && !ID_TYPES.contains(id.get().boxedType())) {
            throw fail(where + m.name() + ": field 'id' is " + id.get().rawType().getSimpleName()
                + "; an id must be Long or Integer (generated by the database) or String or UUID (assigned by you).");
        }
        if (id.isEmpty() && !throughModel) {
            throw fail(where + m.name() + " has no 'id' field. Add a Long id (generated by the database) "
                + "or a String/UUID id (assigned by you); only join models may go without one.");
        }
        checkTableUnique(m);
    }

    private void checkTableUnique(ModelDraft m) {
        for (ModelDraft other : models.values()) {
            if (other != m && other.table.equalsIgnoreCase(m.table)) {
                throw fail("Models " + m.name() + " and " + other.name() + " both map to table '" + m.table + "'"
                    + (other.table.equals(m.table) ? "" : " (" + other.name() + " spells it '" + other.table
                        + "'; SQL table names ignore case)")
                    + ". Give one of them another table with ModelOptions.table(...).");
            }
        }
    }

    private Optional<Declaration> firstUse(Class<?> type) {
        return declarations.stream().filter(d -> d.source() == type || d.target() == type
            || d.throughModel().filter(type::equals).isPresent()
            || d.types().stream().anyMatch(e -> e.getValue() == type)).findFirst();
    }

    /** {@code unique(...)} and {@code notNull(...)} name column fields; notNull not an association's key. */
    private void checkConstraintOptions() {
        for (ModelDraft m : models.values()) {
            List<String> named = new ArrayList<>(m.notNulls);
            m.uniques.forEach(named::addAll);
            for (String field : named) {
                if (m.simpleField(field).isEmpty()) {
                    String call = m.notNulls.contains(field) ? "notNull" : "unique";
                    throw fail("Model " + m.name() + ": " + call + "(\"" + field + "\", ...) names no column field of "
                        + m.name() + ". Its column fields: " + m.simpleFieldNames() + ". Use one of those names or "
                        + "remove it from ModelOptions." + call + "(...).");
                }
            }
            for (String field : m.notNulls) {
                if (m.keyNullability.containsKey(field)) {
                    throw fail("Model " + m.name() + ": notNull(\"" + field + "\") names the foreign key '" + field
                        + "', whose nullability its associations decide. Declare allowNull(false) on the association "
                        + "instead, and remove it from ModelOptions.notNull(...).");
                }
            }
        }
    }

    /** After every key is resolved: a {@code column(field, ...)} must name a column field or a key Kinship keeps. */
    private void checkColumnOverrides() {
        for (ModelDraft m : models.values()) {
            for (String field : m.columnOverrides.keySet()) {
                if (m.simpleField(field).isEmpty() && !m.keptKeys.containsKey(field)) {
                    throw fail("Model " + m.name() + ": column(\"" + field + "\", ...) names no column of " + m.name()
                        + ". Its column fields: " + m.simpleFieldNames()
                        + (m.keptKeys.isEmpty() ? "" : "; the key columns Kinship keeps for it: " + m.keptKeys.keySet())
                        + ". Use one of those names in ModelOptions.column(...) or remove the call.");
                }
            }
            Map<String, String> byColumn = new HashMap<>();
            List<String> names = new ArrayList<>(m.simpleFieldNames());
            names.addAll(m.keptKeys.keySet());
            for (String name : names) {
                String column = m.columnName(name);
                String previous = byColumn.putIfAbsent(column.toLowerCase(java.util.Locale.ROOT), name);
                if (previous != null) {
                    throw fail("Model " + m.name() + ": '" + previous + "' and '" + name + "' both map to column '"
                        + column + "' of table '" + m.table + "'. Give one of them another column with "
                        + "ModelOptions.column(...)" + (m.keptKeys.containsKey(name) ? " or another foreignKey(...)" : "")
                        + ".");
                }
            }
        }
    }

    // ---- one declaration --------------------------------------------------------------------

    private AssociationDraft resolve(Declaration d) {
        AssociationDraft a = new AssociationDraft(d, defaultAlias(d));
        a.sourceModel = models.get(d.source());
        requireIdentifier(a.where() + "alias", a.alias, "as(...)");
        for (AssociationDraft other : drafts) {
            if (other.source == a.source && other.alias.equals(a.alias)) {
                throw fail(a.where() + "alias '" + a.alias + "' is already used by " + other.describe() + " on "
                    + a.source.getSimpleName() + ". Give one of them another name with as(...).");
            }
        }
        if (a.sourceModel.simpleField(a.alias).isPresent()) {
            throw fail(a.where() + "alias '" + a.alias + "' is already a column field of " + a.source.getSimpleName()
                + ". Choose another alias with as(...), e.g. as(\"" + suggestAlias(a) + "\").");
        }
        a.field = a.sourceModel.field(a.alias).orElse(null);
        checkAccessors(a);
        switch (d.kind()) {
            case BELONGS_TO -> resolveBelongsTo(a);
            case HAS_ONE, HAS_MANY -> resolveHas(a);
            case BELONGS_TO_MANY -> resolveBelongsToMany(a);
            case BELONGS_TO_POLYMORPHIC -> resolvePolymorphic(a);
        }
        checkFieldType(a);
        checkScope(a, a.targetModel, d.scope(), "scope", "scope(...)");
        if ((d.kind() == AssociationKind.HAS_ONE || d.kind() == AssociationKind.HAS_MANY)
                && d.scope().containsKey(a.foreignKey)) {
            throw fail(a.where() + "scope on '" + a.foreignKey + "', the association's own foreign key: add() and "
                + "create() would write the scope's value there and link the child to another parent. Remove "
                + "scope(\"" + a.foreignKey + "\", ...); the key already ties the children to their owner.");
        }
        a.hooks = d.get(HOOKS, Boolean.class).orElse(false);
        a.constraints = d.get(CONSTRAINTS, Boolean.class).orElse(d.kind() != AssociationKind.BELONGS_TO_POLYMORPHIC);
        return a;
    }

    private static String defaultAlias(Declaration d) {
        return d.get(ALIAS, String.class).orElseGet(() -> {
            String base = Naming.lowerCamel(d.target().getSimpleName());
            return d.kind().isToMany() ? Naming.plural(base) : base;
        });
    }

    private static String suggestAlias(AssociationDraft a) {
        return a.alias.endsWith("Id") ? a.alias.substring(0, a.alias.length() - 2) : a.alias + "Ref";
    }

    private void checkAccessors(AssociationDraft a) {
        String getter = Naming.getter(a.alias);
        EntityIntrospector.findMethod(a.source, getter).filter(m -> Modifier.isFinal(m.getModifiers()))
            .ifPresent(m -> {
                throw fail(a.where() + "getter " + a.source.getSimpleName() + "." + getter + "() is final, so lazy "
                    + "loading cannot intercept it. Remove 'final' from " + getter + "().");
            });
        if (a.field != null) {
            EntityIntrospector.findMethod(a.source, Naming.setter(a.alias), a.field.rawType())
                .filter(m -> Modifier.isFinal(m.getModifiers()))
                .ifPresent(m -> {
                    throw fail(a.where() + "setter " + a.source.getSimpleName() + "." + m.getName() + "(...) is "
                        + "final, so Kinship cannot mark the association loaded when it is called. Remove 'final'.");
                });
        }
    }

    private void resolveBelongsTo(AssociationDraft a) {
        Declaration d = a.declaration;
        a.targetModel = models.get(d.target());
        a.targetKey = d.get(TARGET_KEY, String.class).orElse("id");
        FieldShape targetKey = requireKeyField(a, a.targetModel, a.targetKey, "targetKey");
        a.foreignKey = d.get(FOREIGN_KEY, String.class).orElse(a.alias + "Id");
        a.fkOwner = a.sourceModel;
        a.referenced = a.targetModel;
        keyField(a, a.sourceModel, a.foreignKey, targetKey.boxedType(), a.targetModel.name() + "." + a.targetKey);
        a.sourceKey = a.foreignKey;
    }

    private void resolveHas(AssociationDraft a) {
        Declaration d = a.declaration;
        a.targetModel = models.get(d.target());
        a.sourceKey = d.get(SOURCE_KEY, String.class).orElse("id");
        FieldShape sourceKey = requireKeyField(a, a.sourceModel, a.sourceKey, "sourceKey");
        a.foreignKey = d.get(FOREIGN_KEY, String.class).orElse(Naming.lowerCamel(a.source.getSimpleName()) + "Id");
        a.fkOwner = a.targetModel;
        a.referenced = a.sourceModel;
        keyField(a, a.targetModel, a.foreignKey, sourceKey.boxedType(), a.sourceModel.name() + "." + a.sourceKey);
        a.targetKey = a.foreignKey;
    }

    private void resolveBelongsToMany(AssociationDraft a) {
        Declaration d = a.declaration;
        a.targetModel = models.get(d.target());
        Optional<String> table = d.get(THROUGH_TABLE, String.class);
        Optional<Class<?>> model = d.throughModel();
        if (table.isEmpty() && model.isEmpty()) {
            throw fail(a.where() + "belongsToMany needs a join table. Add .through(\"" + a.source.getSimpleName()
                + Naming.plural(a.target.getSimpleName()) + "\") for a table Kinship keeps, or .through("
                + "JoinModel.class) for a join model with columns of its own.");
        }
        a.foreignKey = d.get(FOREIGN_KEY, String.class).orElse(Naming.lowerCamel(a.source.getSimpleName()) + "Id");
        a.otherKey = d.get(OTHER_KEY, String.class).orElse(Naming.lowerCamel(a.target.getSimpleName()) + "Id");
        if (a.foreignKey.equals(a.otherKey)) {
            throw fail(a.where() + "both keys of the join table would be '" + a.foreignKey + "'"
                + (a.source == a.target ? " because " + a.source.getSimpleName() + " is associated with itself" : "")
                + ". Name them apart, e.g. " + (a.source == a.target ? ".foreignKey(\"followingId\").otherKey(\"followerId\")"
                    : ".foreignKey(\"" + Naming.lowerCamel(a.source.getSimpleName()) + "Id\").otherKey(\""
                        + Naming.lowerCamel(a.target.getSimpleName()) + "Id\")") + ".");
        }
        a.sourceKey = "id";
        a.targetKey = "id";
        Class<?> sourceKeyType = requireKeyField(a, a.sourceModel, "id", "source key").boxedType();
        Class<?> targetKeyType = requireKeyField(a, a.targetModel, "id", "target key").boxedType();
        a.throughUnique = d.get(THROUGH_UNIQUE, Boolean.class).orElse(true);
        a.onDeleteDefault = ReferentialAction.CASCADE;
        if (model.isPresent()) {
            ModelDraft through = models.get(model.get());
            a.throughModel = through;
            for (String key : List.of(a.foreignKey, a.otherKey)) {
                through.fieldIgnoringCase(key).filter(f -> through.field(key).isEmpty()).ifPresent(f -> {
                    throw fail(a.where() + "join model " + through.name() + " has no field '" + key + "' but has '"
                        + f.name() + "', which differs only in case. Use the field's exact name.");
                });
                if (through.simpleField(key).isEmpty()) {
                    throw fail(a.where() + "join model " + through.name() + " has no field '" + key + "'. A join "
                        + "model must declare both keys as fields: add '" + keyTypeName(key.equals(a.foreignKey)
                        ? sourceKeyType : targetKeyType) + " " + key + "' to " + through.name()
                        + " or name its field with " + (key.equals(a.foreignKey) ? "foreignKey" : "otherKey") + "(...).");
                }
            }
            checkKeyType(a, through, a.foreignKey, sourceKeyType, a.sourceModel.name() + ".id");
            checkKeyType(a, through, a.otherKey, targetKeyType, a.targetModel.name() + ".id");
            checkScope(a, through, d.throughScope(), "through scope", "through(..., t -> t.scope(...))");
            d.get(Declaration.Option.THROUGH_SOFT_DELETE, String.class).ifPresent(f -> checkSoftDelete(a, through, f));
            joinTable(a, through.table, through).add(a, through.columnName(a.foreignKey),
                through.columnName(a.otherKey), sourceKeyType, targetKeyType);
        } else {
            String name = table.get();
            requireIdentifier(a.where() + "join table name", name, "through(...)");
            requireIdentifier(a.where() + "join table key", columnOfJoin(a.foreignKey), "foreignKey(...)");
            requireIdentifier(a.where() + "join table key", columnOfJoin(a.otherKey), "otherKey(...)");
            d.get(Declaration.Option.THROUGH_SOFT_DELETE, String.class).ifPresent(f -> {
                throw fail(a.where() + "softDelete(\"" + f + "\") needs a join model with an Instant, LocalDateTime or "
                    + "LocalDate field '" + f + "'; join table '" + name + "' is a plain table. Use through(JoinModel.class, "
                    + "t -> t.scope(\"" + f + "\", null).softDelete(\"" + f + "\")).");
            });
            JoinTableDraft join = joinTable(a, name, null);
            join.add(a, columnOfJoin(a.foreignKey), columnOfJoin(a.otherKey), sourceKeyType, targetKeyType);
            join.declaredKey(columnOfJoin(a.foreignKey), a.foreignKey);
            join.declaredKey(columnOfJoin(a.otherKey), a.otherKey);
            d.throughScope().forEach((column, value) -> {
                join.addScopeColumn(a, columnOfJoin(column), value);
                join.declaredKey(columnOfJoin(column), column);
            });
        }
        if (!a.throughUnique && (a.throughModel == null || a.throughModel.id().isEmpty())) {
            throw fail(a.where() + "through(..., t -> t.unique(false)) lets one pair be linked twice, so each join row "
                + "needs an id of its own, and " + (a.throughModel == null ? "join table '" + table.get()
                + "' has none" : "join model " + a.throughModel.name() + " has no 'id' field")
                + ". Use a join model with a Long id field, or keep unique(true).");
        }
        a.foreignKeyColumn = a.throughModel != null ? a.throughModel.columnName(a.foreignKey) : columnOfJoin(a.foreignKey);
        a.otherKeyColumn = a.throughModel != null ? a.throughModel.columnName(a.otherKey) : columnOfJoin(a.otherKey);
        a.throughName = a.throughModel != null ? a.throughModel.table : table.get();
    }

    private static final Set<Class<?>> SOFT_DELETE_TYPES = Set.of(java.time.Instant.class, java.time.LocalDateTime.class,
        java.time.LocalDate.class);

    private void checkSoftDelete(AssociationDraft a, ModelDraft through, String field) {
        Optional<FieldShape> shape = through.simpleField(field);
        if (shape.isEmpty() || !SOFT_DELETE_TYPES.contains(shape.get().boxedType())) {
            throw fail(a.where() + "softDelete(\"" + field + "\") needs an Instant, LocalDateTime or LocalDate field '"
                + field + "' on join model " + through.name() + (shape.isEmpty() ? ", and it has none"
                : ", but it is " + shape.get().rawType().getSimpleName()) + ". Add such a field, or remove softDelete.");
        }
        if (through.id().isEmpty() || a.declaration.get(THROUGH_UNIQUE, Boolean.class).orElse(true)) {
            throw fail(a.where() + "softDelete(\"" + field + "\") keeps removed join rows, so the same pair is linked "
                + "again by a new row: join model " + through.name() + " needs an id field and t.unique(false). Add "
                + "them, or remove softDelete.");
        }
        if (!a.declaration.throughScope().containsKey(field) || a.declaration.throughScope().get(field) != null) {
            throw fail(a.where() + "softDelete(\"" + field + "\") marks removed join rows, but the through scope does "
                + "not hide them. Add t.scope(\"" + field + "\", null) next to softDelete(\"" + field + "\").");
        }
    }

    private String columnOfJoin(String key) {
        return underscored ? Naming.snake(key) : key;
    }

    private JoinTableDraft joinTable(AssociationDraft a, String name, ModelDraft model) {
        JoinTableDraft existing = joinTables.get(name);
        if (existing == null) {
            for (JoinTableDraft other : joinTables.values()) {
                if (other.name.equalsIgnoreCase(name)) {
                    throw fail(a.where() + "join table '" + name + "' differs from the join table '" + other.name
                        + "' of " + other.sides.get(0).describe() + " only in case, and SQL table names ignore case. "
                        + "Use the same name on both sides, or name another table.");
                }
            }
            for (ModelDraft m : models.values()) {
                if (m.table.equalsIgnoreCase(name) && m != model) {
                    throw fail(a.where() + "join table '" + name + "' is already the table of model " + m.name()
                        + ". Use through(" + m.name() + ".class) to link through that model, or name another table.");
                }
            }
            existing = new JoinTableDraft(name, model);
            joinTables.put(name, existing);
        } else if (existing.model != model) {
            throw fail(a.where() + "join table '" + name + "' is declared once with a join model and once as a "
                + "plain table name. Use through(" + (model != null ? model.name() : existing.model.name())
                + ".class) on both sides.");
        }
        return existing;
    }

    private void resolvePolymorphic(AssociationDraft a) {
        Declaration d = a.declaration;
        if (d.types().isEmpty()) {
            throw fail(a.where() + "a polymorphic belongsTo needs at least one target: add .type(\"image\", "
                + "Image.class) for each model the key may refer to.");
        }
        Map<String, Class<?>> types = new LinkedHashMap<>();
        for (Map.Entry<String, Class<?>> t : d.types()) {
            Class<?> previous = types.put(t.getKey(), t.getValue());
            if (previous != null) {
                throw fail(a.where() + "type value '" + t.getKey() + "' is used twice (" + previous.getSimpleName()
                    + " and " + t.getValue().getSimpleName() + "). Each value must name one model: give one of them "
                    + "another value.");
            }
        }
        a.types = types;
        a.foreignKey = d.get(FOREIGN_KEY, String.class).orElse(a.alias + "Id");
        a.typeKey = d.get(TYPE_KEY, String.class).orElse(a.alias + "Type");
        a.fkOwner = a.sourceModel;
        a.sourceKey = a.foreignKey;
        a.targetKey = "id";
        Class<?> idType = null;
        Class<?> first = null;
        for (Class<?> target : types.values()) {
            ModelDraft model = models.get(target);
            Class<?> type = requireKeyField(a, model, "id", "target key").boxedType();
            if (idType != null && !idType.equals(type)) {
                throw fail(a.where() + "targets " + first.getSimpleName() + " and " + target.getSimpleName()
                    + " have ids of different types (" + idType.getSimpleName() + " and " + type.getSimpleName()
                    + "); one key column '" + a.foreignKey + "' cannot hold both. Give every target the same id type.");
            }
            idType = type;
            first = first == null ? target : first;
        }
        keyField(a, a.sourceModel, a.foreignKey, idType, first.getSimpleName() + ".id");
        keyField(a, a.sourceModel, a.typeKey, String.class, "the type values");
        a.targetModel = null;
        a.polymorphicTarget = a.field != null ? a.field.rawType() : Object.class;
        for (Class<?> target : types.values()) {
            if (!a.polymorphicTarget.isAssignableFrom(target)) {
                throw fail(a.where() + "field '" + a.alias + "' is declared as " + a.polymorphicTarget.getSimpleName()
                    + ", which is not a common supertype of " + types.values().stream().map(Class::getSimpleName)
                    .collect(Collectors.joining(", ")) + ". Declare it as Object or as an interface they all implement.");
            }
        }
        a.onDeleteDefault = ReferentialAction.SET_NULL;
    }

    private FieldShape requireKeyField(AssociationDraft a, ModelDraft model, String key, String option) {
        Optional<FieldShape> field = model.simpleField(key);
        if (field.isEmpty()) {
            throw fail(a.where() + option + " '" + key + "' names no column field of " + model.name() + ". Column fields of "
                + model.name() + ": " + model.simpleFieldNames() + ". "
                + (option.endsWith("Key") ? "Name one of them with " + option + "(...), or add a '" + key + "' field to "
                    + model.name() + "." : "Add an 'id' field to " + model.name() + "."));
        }
        return field.get();
    }

    /** A key that lives on {@code owner}: an existing field of the referenced type, or a column Kinship keeps. */
    private void keyField(AssociationDraft a, ModelDraft owner, String key, Class<?> referencedType, String referenced) {
        requireIdentifier(a.where() + "key '" + key + "' of " + owner.name() + " maps to column", owner.columnName(key),
            "foreignKey(...)" + (owner.columnOverrides.containsKey(key) ? " or ModelOptions.column(...)" : ""));
        Optional<FieldShape> field = owner.field(key);
        if (field.isEmpty()) {
            owner.fieldIgnoringCase(key).ifPresent(f -> {
                throw fail(a.where() + "foreign key '" + key + "' differs from the field " + owner.name() + "."
                    + f.name() + " only in case. Use foreignKey(\"" + f.name() + "\") or rename the field; Kinship "
                    + "does not treat a typo as a new column.");
            });
            for (String name : owner.simpleFieldNames()) {
                if (Naming.oneEditAway(key, name)) {
                    throw fail(a.where() + "foreign key '" + key + "' is no field of " + owner.name() + ", but is one "
                        + "edit away from its field '" + name + "'. Did you mean foreignKey(\"" + name + "\")? Kinship "
                        + "would otherwise keep '" + key + "' as a column of its own and leave " + owner.name() + "."
                        + name + " unset; name the key differently if a new column is what you want.");
                }
            }
            Class<?> kept = owner.keptKeys.putIfAbsent(key, referencedType);
            if (kept != null && !kept.equals(referencedType)) {
                throw fail(a.where() + "key column '" + key + "' of " + owner.name() + " would hold both "
                    + kept.getSimpleName() + " and " + referencedType.getSimpleName() + " values. Declare a field for it "
                    + "or use another foreignKey(...).");
            }
            return;
        }
        if (!field.get().simple()) {
            throw fail(a.where() + "foreign key '" + key + "' is the field " + owner.name() + "." + key + " of type "
                + field.get().rawType().getSimpleName() + ", which is not a column. Use another foreignKey(...).");
        }
        checkKeyType(a, owner, key, referencedType, referenced);
    }

    private void checkKeyType(AssociationDraft a, ModelDraft owner, String key, Class<?> referencedType, String referenced) {
        Class<?> actual = owner.simpleField(key).map(FieldShape::boxedType).orElseThrow();
        if (!actual.equals(referencedType)) {
            throw fail(a.where() + "key field " + owner.name() + "." + key + " is " + actual.getSimpleName()
                + " but it refers to " + referenced + ", which is " + referencedType.getSimpleName() + ". Declare "
                + owner.name() + "." + key + " as " + referencedType.getSimpleName() + ".");
        }
    }

    private static String keyTypeName(Class<?> type) {
        return type.getSimpleName();
    }

    private void checkFieldType(AssociationDraft a) {
        if (a.field == null || a.declaration.kind() == AssociationKind.BELONGS_TO_POLYMORPHIC) {
            return;
        }
        String target = a.target.getSimpleName();
        if (a.declaration.kind().isToMany()) {
            Class<?> raw = a.field.rawType();
            if (!COLLECTION_TYPES.contains(raw)) {
                throw fail(a.where() + "field '" + a.alias + "' is declared as " + simpleTypeName(a.field.genericType())
                    + " but " + a.declaration.kind().methodName() + " holds many " + target + " rows. Declare it as List<"
                    + target + "> " + a.alias + " (or Set / Collection).");
            }
            Type element = TypeUtils.getTypeArguments(a.field.genericType(), Collection.class)
                .get(Collection.class.getTypeParameters()[0]);
            Class<?> elementClass = element == null ? null : TypeUtils.getRawType(element, null);
            if (elementClass == null || !elementClass.isAssignableFrom(a.target)) {
                throw fail(a.where() + "field '" + a.alias + "' is declared as " + simpleTypeName(a.field.genericType())
                    + " but its elements are " + target + " rows. Declare it as " + raw.getSimpleName() + "<" + target
                    + "> " + a.alias + ".");
            }
            a.collectionType = raw;
        } else if (Collection.class.isAssignableFrom(a.field.rawType()) || !a.field.rawType().isAssignableFrom(a.target)) {
            throw fail(a.where() + "field '" + a.alias + "' is declared as " + simpleTypeName(a.field.genericType())
                + " but " + a.declaration.kind().methodName() + " holds one " + target + ". Declare it as " + target
                + " " + a.alias + (Collection.class.isAssignableFrom(a.field.rawType())
                ? ", or use hasMany/belongsToMany if there can be many" : "") + ".");
        }
    }

    private static String simpleTypeName(Type type) {
        return type.getTypeName().replaceAll("([\\w]+[.$])+(\\w+)", "$2");
    }

    private void checkScope(AssociationDraft a, ModelDraft model, Map<String, Object> scope, String what, String fix) {
        if (model == null) {
            return;
        }
        for (Map.Entry<String, Object> e : scope.entrySet()) {
            Optional<FieldShape> field = model.simpleField(e.getKey());
            if (field.isEmpty()) {
                throw fail(a.where() + what + " column '" + e.getKey() + "' is not a field of " + model.name()
                    + ". Add a '" + e.getKey() + "' field to " + model.name() + " or fix the " + fix + " call.");
            }
            Object value = e.getValue();
            Class<?> type = field.get().boxedType();
            boolean fits = value == null ? !field.get().primitive() : type.isInstance(value)
                || type.isEnum() && value instanceof String s && enumHas(type, s);
            if (!fits) {
                throw fail(a.where() + what + " value " + describeValue(value) + " does not fit field " + model.name()
                    + "." + e.getKey() + " of type " + field.get().rawType().getSimpleName()
                    + ". Give a value of that type.");
            }
        }
    }

    private static boolean enumHas(Class<?> type, String name) {
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static String describeValue(Object value) {
        return value == null ? "null" : value instanceof String ? "'" + value + "'"
            : value + " (" + value.getClass().getSimpleName() + ")";
    }

    // ---- after every declaration ------------------------------------------------------------

    /** Associations sharing one key column share its rules (Sequelize v7). */
    private void mergeSharedKeys() {
        Map<List<Object>, List<AssociationDraft>> groups = new LinkedHashMap<>();
        for (AssociationDraft a : drafts) {
            if (a.fkOwner != null) {
                groups.computeIfAbsent(List.of(a.fkOwner.type, a.foreignKey), k -> new ArrayList<>()).add(a);
            }
        }
        for (List<AssociationDraft> group : groups.values()) {
            AssociationDraft first = group.get(0);
            ModelDraft owner = first.fkOwner;
            Optional<FieldShape> keyField = owner.simpleField(first.foreignKey);
            boolean primitive = keyField.map(FieldShape::primitive).orElse(false);
            Boolean allowNull = agree(group, ALLOW_NULL, Boolean.class, "allowNull");
            if (Boolean.TRUE.equals(allowNull) && primitive) {
                throw fail(explicitOwner(group, ALLOW_NULL).where() + "allowNull(true) but the key field " + owner.name()
                    + "." + first.foreignKey + " is a primitive " + keyField.get().rawType().getSimpleName()
                    + ", which cannot hold null. Declare it with its boxed type or remove allowNull(true).");
            }
            boolean nullable = allowNull != null ? allowNull : !primitive;
            ReferentialAction onDelete = agree(group, ON_DELETE, ReferentialAction.class, "onDelete");
            ReferentialAction onUpdate = agree(group, ON_UPDATE, ReferentialAction.class, "onUpdate");
            ReferentialAction resolvedDelete = onDelete != null ? onDelete
                : nullable ? ReferentialAction.SET_NULL : ReferentialAction.CASCADE;
            if (!nullable) {
                AssociationDraft allowNullOwner = allowNull != null ? explicitOwner(group, ALLOW_NULL) : null;
                String column = owner.name() + "." + first.foreignKey;
                rejectSetNull(group, ON_DELETE, "onDelete", column, allowNullOwner, keyField);
                rejectSetNull(group, ON_UPDATE, "onUpdate", column, allowNullOwner, keyField);
            }
            checkOneReferencedTable(group);
            owner.keyNullability.put(first.foreignKey, nullable);
            for (AssociationDraft a : group) {
                a.allowNull = nullable;
                a.onDelete = resolvedDelete;
                a.onUpdate = onUpdate != null ? onUpdate : ReferentialAction.CASCADE;
            }
        }
        for (AssociationDraft a : drafts) {
            if (a.fkOwner == null) {
                a.allowNull = false;
                a.onDelete = a.declaration.get(ON_DELETE, ReferentialAction.class).orElse(a.onDeleteDefault);
                a.onUpdate = a.declaration.get(ON_UPDATE, ReferentialAction.class).orElse(ReferentialAction.CASCADE);
                if (a.declaration.kind() == AssociationKind.BELONGS_TO_MANY) {
                    rejectJoinRowSetNull(a, a.onDelete, "onDelete");
                    rejectJoinRowSetNull(a, a.onUpdate, "onUpdate");
                }
            }
        }
    }

    /**
     * SET_NULL on a key column that does not accept NULL, because of an explicit allowNull(false)
     * ({@code allowNullOwner}) or a primitive key field: the delete or update would fail in the database.
     */
    private static void rejectSetNull(List<AssociationDraft> group, Declaration.Option option, String name, String column,
            AssociationDraft allowNullOwner, Optional<FieldShape> keyField) {
        for (AssociationDraft a : group) {
            if (a.declaration.get(option, ReferentialAction.class).filter(ReferentialAction.SET_NULL::equals).isEmpty()) {
                continue;
            }
            String why = allowNullOwner == null ? "it is a primitive " + keyField.orElseThrow().rawType().getSimpleName()
                : allowNullOwner == a ? "allowNull(false)" : "allowNull(false) on " + allowNullOwner.describe();
            String fix = allowNullOwner == null
                ? "or declare " + column + " as " + keyField.orElseThrow().boxedType().getSimpleName()
                : "or remove allowNull(false)";
            throw fail(a.where() + name + "(SET_NULL) cannot work because the key column " + column + " does not "
                + "accept NULL (" + why + "). Use " + name + "(CASCADE) or " + name + "(RESTRICT), " + fix + ".");
        }
    }

    private static void rejectJoinRowSetNull(AssociationDraft a, ReferentialAction action, String name) {
        if (action == ReferentialAction.SET_NULL) {
            throw fail(a.where() + name + "(SET_NULL) cannot work for join rows: a row of '" + a.throughName
                + "' with a NULL '" + a.foreignKey + "' would link nothing. Use " + name + "(CASCADE) (the default) to "
                + "remove the links, or " + name + "(RESTRICT).");
        }
    }

    /**
     * A cycle of NOT NULL foreign keys (with constraints) means no row of the cycle can ever be
     * inserted first: the guide's "circular dependencies" pitfall, refused at build().
     */
    private void checkInsertableCycles() {
        Map<Class<?>, List<AssociationDraft>> edges = new LinkedHashMap<>();
        for (AssociationDraft a : drafts) {
            if (a.fkOwner != null && a.referenced != null && a.constraints && !a.allowNull) {
                edges.computeIfAbsent(a.fkOwner.type, k -> new ArrayList<>()).add(a);
            }
        }
        for (Class<?> start : edges.keySet()) {
            List<AssociationDraft> cycle = findCycle(start, start, edges, new ArrayList<>(), new HashSet<>());
            if (cycle != null) {
                StringBuilder chain = new StringBuilder();
                for (AssociationDraft a : cycle) {
                    chain.append(chain.length() == 0 ? "" : ", and ").append(a.describe()).append(" makes ")
                        .append(a.fkOwner.name()).append('.').append(a.foreignKey).append(" NOT NULL");
                }
                String names = cycle.stream().map(a -> a.fkOwner.name()).distinct().collect(Collectors.joining(" or "));
                throw fail(cycle.get(0).where() + "circular dependency: " + chain + ". No " + names
                    + " row can be inserted first, because each needs the other to exist. Let one of these keys allow "
                    + "null (allowNull(true)), or declare constraints(false) on one of them.");
            }
        }
    }

    private static List<AssociationDraft> findCycle(Class<?> start, Class<?> at, Map<Class<?>, List<AssociationDraft>> edges,
            List<AssociationDraft> path, Set<Class<?>> visited) {
        for (AssociationDraft edge : edges.getOrDefault(at, List.of())) {
            Class<?> next = edge.referenced.type;
            path.add(edge);
            if (next == start) {
                return new ArrayList<>(path);
            }
            if (visited.add(next)) {
                List<AssociationDraft> found = findCycle(start, next, edges, path, visited);
                if (found != null) {
                    return found;
                }
            }
            path.remove(path.size() - 1);
        }
        return null;
    }

    private <T> T agree(List<AssociationDraft> group, Declaration.Option option, Class<T> type, String name) {
        T value = null;
        AssociationDraft holder = null;
        for (AssociationDraft a : group) {
            Optional<T> explicit = a.declaration.get(option, type);
            if (explicit.isEmpty()) {
                continue;
            }
            if (value != null && !value.equals(explicit.get())) {
                throw fail(a.where() + "shares the key column " + a.fkOwner.name() + "." + a.foreignKey + " with "
                    + holder.describe() + ", but they declare different " + name + " values: " + value + " and "
                    + explicit.get() + ". Declare " + name + "(...) on one side only, or make them agree.");
            }
            value = explicit.get();
            holder = a;
        }
        return value;
    }

    private static AssociationDraft explicitOwner(List<AssociationDraft> group, Declaration.Option option) {
        return group.stream().filter(a -> a.declaration.has(option)).findFirst().orElse(group.get(0));
    }

    private void checkOneReferencedTable(List<AssociationDraft> group) {
        Map<Class<?>, AssociationDraft> referenced = new LinkedHashMap<>();
        for (AssociationDraft a : group) {
            if (a.constraints && a.referenced != null) {
                referenced.putIfAbsent(a.referenced.type, a);
            }
        }
        if (referenced.size() > 1) {
            List<AssociationDraft> culprits = new ArrayList<>(referenced.values());
            AssociationDraft a = culprits.get(1);
            throw fail(a.where() + "the key column " + a.fkOwner.name() + "." + a.foreignKey + " would need foreign keys to "
                + culprits.stream().map(c -> c.referenced.name()).collect(Collectors.joining(" and "))
                + ", and one column can reference only one table. For a polymorphic key add constraints(false) to "
                + culprits.stream().map(AssociationDraft::describe).collect(Collectors.joining(" and ")) + ".");
        }
    }

    private void checkUnclaimedFields() {
        Map<Class<?>, Set<String>> claimed = new HashMap<>();
        drafts.forEach(a -> claimed.computeIfAbsent(a.source, k -> new HashSet<>()).add(a.alias));
        for (ModelDraft m : models.values()) {
            for (FieldShape f : m.fields.values()) {
                if (f.simple() || claimed.getOrDefault(m.type, Set.of()).contains(f.name())) {
                    continue;
                }
                Optional<Class<?>> model = referencedModel(f);
                throw fail("Model " + m.name() + ": field '" + f.name() + "' of type " + simpleTypeName(f.genericType())
                    + " is neither a column nor the field of an association of " + m.name() + ". "
                    + model.map(t -> "Declare the association, e.g. Associations.of(" + m.name() + ".class)."
                        + (Collection.class.isAssignableFrom(f.rawType()) ? "hasMany(" : "belongsTo(") + t.getSimpleName()
                        + ".class).as(\"" + f.name() + "\"), or ").orElse("Use a column type (String, numbers, "
                        + "boolean, enums, BigDecimal, UUID, byte[], LocalDate, LocalDateTime, Instant), or ")
                    + "mark the field transient.");
            }
        }
    }

    private Optional<Class<?>> referencedModel(FieldShape f) {
        if (models.containsKey(f.rawType())) {
            return Optional.of(f.rawType());
        }
        if (Collection.class.isAssignableFrom(f.rawType())) {
            Type element = TypeUtils.getTypeArguments(f.genericType(), Collection.class)
                .get(Collection.class.getTypeParameters()[0]);
            Class<?> raw = element == null ? null : TypeUtils.getRawType(element, null);
            if (raw != null && models.containsKey(raw)) {
                return Optional.of(raw);
            }
        }
        return Optional.empty();
    }

    private void checkKeptKeyNames() {
        for (AssociationDraft a : drafts) {
            if (a.fkOwner != null && a.fkOwner.field(a.foreignKey).isEmpty()
                    && drafts.stream().anyMatch(o -> o.source == a.fkOwner.type && o.alias.equals(a.foreignKey))) {
                throw fail(a.where() + "foreign key '" + a.foreignKey + "' is also the alias of an association of "
                    + a.fkOwner.name() + ". Use another foreignKey(...).");
            }
        }
    }

    private static void requireIdentifier(String what, String name, String fix) {
        if (!Naming.isIdentifier(name)) {
            String verb = what.endsWith(" maps to column") ? ", which is" : " is";
            throw fail(what + " '" + name + "'" + verb + " not a plain SQL identifier (letters, digits and underscores, not "
                + "starting with a digit). Choose another name with " + fix + ".");
        }
    }

    static AssociationDefinitionException fail(String message) {
        return new AssociationDefinitionException(message);
    }

    // ---- drafts -----------------------------------------------------------------------------

    /** An association while it resolves. */
    private final class AssociationDraft {
        final Declaration declaration;
        final Class<?> source;
        final Class<?> target;
        final String alias;
        ModelDraft sourceModel;
        ModelDraft targetModel;
        ModelDraft fkOwner;
        ModelDraft referenced;
        ModelDraft throughModel;
        FieldShape field;
        Class<?> collectionType;
        Class<?> polymorphicTarget;
        String foreignKey;
        String foreignKeyColumn;
        String sourceKey;
        String targetKey;
        String otherKey;
        String otherKeyColumn;
        String throughName;
        String typeKey;
        Map<String, Class<?>> types = Map.of();
        boolean throughUnique = true;
        boolean allowNull;
        boolean hooks;
        boolean constraints;
        ReferentialAction onDelete;
        ReferentialAction onUpdate;
        ReferentialAction onDeleteDefault = ReferentialAction.SET_NULL;

        AssociationDraft(Declaration declaration, String alias) {
            this.declaration = declaration;
            this.source = declaration.source();
            this.target = declaration.target();
            this.alias = alias;
        }

        String describe() {
            return declaration.describe() + " as '" + alias + "'";
        }

        String where() {
            return describe() + ": ";
        }

        Association freeze() {
            AssociationKind kind = declaration.kind();
            boolean toMany = kind == AssociationKind.BELONGS_TO_MANY;
            String fkColumn = toMany ? foreignKeyColumn : fkOwner.columnName(foreignKey);
            Class<?> resolvedTarget = target != null ? target : polymorphicTarget;
            String sourceKeyColumn = sourceModel.columnName(sourceKey);
            String targetKeyColumn = targetModel != null ? targetModel.columnName(targetKey) : "id";
            return new Association(kind, source, resolvedTarget, alias, Optional.ofNullable(field).map(FieldShape::name),
                Optional.ofNullable(collectionType), foreignKey, fkColumn, sourceKey, sourceKeyColumn, targetKey,
                targetKeyColumn, declaration.scope(), onDelete, onUpdate, allowNull, hooks, constraints,
                Optional.ofNullable(otherKey), Optional.ofNullable(otherKeyColumn), Optional.ofNullable(throughName),
                Optional.ofNullable(throughModel).map(m -> m.type), toMany && throughUnique,
                declaration.throughScope(), declaration.get(Declaration.Option.THROUGH_SOFT_DELETE, String.class),
                Optional.ofNullable(typeKey),
                Optional.ofNullable(typeKey).map(k -> fkOwner.columnName(k)), types);
        }
    }

    /** A join table while it resolves; both directions of one many-to-many land in the same draft. */
    private final class JoinTableDraft {
        final String name;
        final ModelDraft model;
        final Map<String, Class<?>> columns = new LinkedHashMap<>();
        final Set<String> key = new LinkedHashSet<>();
        final Map<String, String> declaredKeys = new HashMap<>();
        final List<AssociationDraft> sides = new ArrayList<>();
        boolean unique = true;
        AssociationDraft uniqueHolder;

        JoinTableDraft(String name, ModelDraft model) {
            this.name = name;
            this.model = model;
        }

        void add(AssociationDraft a, String fkColumn, String otherColumn, Class<?> fkType, Class<?> otherType) {
            addColumn(a, fkColumn, fkType);
            addColumn(a, otherColumn, otherType);
            if (!key.isEmpty() && !(key.contains(fkColumn) && key.contains(otherColumn))) {
                throw fail(a.where() + "join table '" + name + "' is keyed by " + key + " in " + sides.get(0).describe()
                    + " but this side uses " + List.of(fkColumn, otherColumn) + ". Both sides of a many-to-many must "
                    + "name the same two keys: declare this side with .foreignKey(\"" + sides.get(0).otherKey
                    + "\").otherKey(\"" + sides.get(0).foreignKey + "\").");
            }
            key.add(fkColumn);
            key.add(otherColumn);
            Optional<Boolean> explicit = a.declaration.get(THROUGH_UNIQUE, Boolean.class);
            if (explicit.isPresent()) {
                if (uniqueHolder != null && unique != explicit.get()) {
                    throw fail(a.where() + "join table '" + name + "' is declared unique(" + explicit.get() + ") here but "
                        + "unique(" + unique + ") by " + uniqueHolder.describe() + ". Both sides share the table's key: "
                        + "declare through(..., t -> t.unique(...)) on one side only, or make them agree.");
                }
                unique = explicit.get();
                uniqueHolder = a;
            }
            sides.add(a);
        }

        /** Every side of the table shares its uniqueness: an explicit unique(...) wins over the default. */
        void settle() {
            sides.forEach(a -> a.throughUnique = unique);
        }

        /** Remembers the name a declaration gave a column of a plain join table (its "field"). */
        void declaredKey(String column, String key) {
            declaredKeys.putIfAbsent(column, key);
        }

        void addScopeColumn(AssociationDraft a, String column, Object value) {
            requireIdentifier(a.where() + "through scope column", column, "through(..., t -> t.scope(...))");
            addColumn(a, column, value == null ? String.class : value.getClass());
            if (value != null) {
                key.add(column);
            }
        }

        private void addColumn(AssociationDraft a, String column, Class<?> type) {
            Class<?> previous = columns.putIfAbsent(column, type);
            if (previous != null && !previous.equals(type)) {
                throw fail(a.where() + "join table '" + name + "' column '" + column + "' would hold both "
                    + previous.getSimpleName() + " and " + type.getSimpleName() + " values. Use another key name.");
            }
        }

        JoinTable freeze() {
            if (model != null) {
                ModelInfo info = model.freeze();
                JoinTable.KeyKind kind = !info.hasId() ? JoinTable.KeyKind.PRIMARY_KEY
                    : unique ? JoinTable.KeyKind.UNIQUE : JoinTable.KeyKind.NONE;
                return new JoinTable(name, model.type, info.columnInfos(), List.copyOf(key), kind);
            }
            List<ColumnInfo> infos = new ArrayList<>();
            columns.forEach((column, type) -> infos.add(new ColumnInfo(column, declaredKeys.get(column), type, false,
                false, !key.contains(column))));
            return new JoinTable(name, null, infos, List.copyOf(key), JoinTable.KeyKind.PRIMARY_KEY);
        }
    }
}
