package dev.kinship.runtime.internal.loading;

import dev.kinship.dsl.Association;
import dev.kinship.dsl.AssociationKind;
import dev.kinship.dsl.ColumnInfo;
import dev.kinship.dsl.KinshipException;
import dev.kinship.runtime.Include;
import dev.kinship.runtime.internal.model.AssociationSlot;
import dev.kinship.runtime.internal.model.ColumnMapping;
import dev.kinship.runtime.internal.model.EntityType;
import dev.kinship.runtime.internal.model.EntityTypes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** One include as the user declared it, resolved against the owner's associations when declared. */
public final class IncludeSpec implements Include {

    private final EntityTypes types;
    private final EntityType owner;
    private final AssociationSlot slot;
    private final EntityType target;
    private final Map<ColumnMapping, Object> where = new LinkedHashMap<>();
    private final Map<String, Object> throughWhere = new LinkedHashMap<>();
    private final List<IncludeSpec> nested = new ArrayList<>();
    private Boolean required;
    private Boolean separate;

    private IncludeSpec(EntityTypes types, EntityType owner, AssociationSlot slot) {
        this.types = types;
        this.owner = owner;
        this.slot = slot;
        Association a = slot.association();
        this.target = a.kind() == AssociationKind.BELONGS_TO_POLYMORPHIC ? null : types.of(a.target());
    }

    /**
     * @throws KinshipException when {@code owner} has no association {@code alias} (the message lists its aliases)
     */
    public static IncludeSpec of(EntityType owner, EntityTypes types, String alias) {
        Objects.requireNonNull(alias, "alias");
        AssociationSlot slot = owner.slot(alias).orElseThrow(() -> unknown(owner, types, alias));
        return new IncludeSpec(types, owner, slot);
    }

    private static KinshipException unknown(EntityType owner, EntityTypes types, String alias) {
        List<String> aliases = List.copyOf(owner.slotsByAlias().keySet());
        List<AssociationSlot> sameModel = owner.slotsByAlias().values().stream()
            .filter(s -> s.association().target().getSimpleName().equalsIgnoreCase(alias)
                || types.schema().findModel(s.association().target()).map(m -> m.table().equalsIgnoreCase(alias))
                    .orElse(false))
            .toList();
        String hint = sameModel.size() > 1
            ? " " + sameModel.get(0).association().target().getSimpleName() + " is associated with " + owner.name()
                + " " + sameModel.size() + " times, as " + sameModel.stream().map(s -> "'" + s.alias() + "'")
                .collect(Collectors.joining(" and ")) + ": include it by one of those aliases."
            : sameModel.size() == 1 ? " Did you mean '" + sameModel.get(0).alias() + "'?" : "";
        return new KinshipException("include(\"" + alias + "\"): " + owner.name() + " has no association '" + alias
            + "'. Its associations: " + aliases + "." + hint);
    }

    @Override
    public Include where(String field, Object value) {
        if (target == null) {
            throw new IllegalArgumentException("where(...) is not supported on the polymorphic include '"
                + slot.alias() + "': its targets are of several models.");
        }
        Objects.requireNonNull(field, "field");
        ColumnMapping column = target.column(field).orElseThrow(() -> new IllegalArgumentException(
            "include(\"" + slot.alias() + "\").where(\"" + field + "\", ...): " + target.name() + " has no field '"
                + field + "'. Its fields: " + target.columnsByName().keySet() + "."));
        where.put(column, value);
        return this;
    }

    @Override
    public Include required(boolean required) {
        this.required = required;
        return this;
    }

    @Override
    public Include separate(boolean separate) {
        this.separate = separate;
        return this;
    }

    @Override
    public Include include(String alias) {
        nested.add(of(requireTarget(alias), types, alias));
        return this;
    }

    @Override
    public Include include(String alias, Consumer<Include> options) {
        IncludeSpec spec = of(requireTarget(alias), types, alias);
        Objects.requireNonNull(options, "options").accept(spec);
        nested.add(spec);
        return this;
    }

    private EntityType requireTarget(String alias) {
        if (target == null) {
            throw new IllegalArgumentException("include(\"" + alias + "\") below the polymorphic include '"
                + slot.alias() + "' is not supported: its targets are of several models.");
        }
        return target;
    }

    @Override
    public Include throughWhere(String field, Object value) {
        Association a = slot.association();
        if (a.kind() != AssociationKind.BELONGS_TO_MANY) {
            throw new IllegalArgumentException("throughWhere(\"" + field + "\", ...) applies to belongsToMany only; '"
                + slot.alias() + "' is " + a.kind().methodName() + ".");
        }
        Objects.requireNonNull(field, "field");
        if (a.throughModel().isPresent()) {
            EntityType join = types.of(a.throughModel().get());
            ColumnMapping column = join.column(field).orElseThrow(() -> new IllegalArgumentException(
                "throughWhere(\"" + field + "\", ...): join model " + join.name() + " has no field '" + field
                    + "'. Its fields: " + join.columnsByName().keySet() + "."));
            throughWhere.put(column.column(), value);
        } else {
            List<ColumnInfo> columns = types.schema().joinTable(a.through().orElseThrow()).orElseThrow()
                .columns();
            String column = JoinShape.columnOf(columns, field);
            if (columns.stream().noneMatch(c -> c.name().equals(column))) {
                throw new IllegalArgumentException("throughWhere(\"" + field + "\", ...): join table '"
                    + a.through().orElseThrow() + "' has no column '" + column + "'. Its columns: "
                    + columns.stream().map(ColumnInfo::name).toList() + ".");
            }
            throughWhere.put(column, value);
        }
        return this;
    }

    public EntityType owner() {
        return owner;
    }

    public AssociationSlot slot() {
        return slot;
    }

    /** @return the target type, or null for a polymorphic include */
    public EntityType target() {
        return target;
    }

    public Map<ColumnMapping, Object> where() {
        return where;
    }

    public Map<String, Object> throughWhere() {
        return throughWhere;
    }

    public List<IncludeSpec> nested() {
        return nested;
    }

    /** @return whether owners without a match are dropped: explicit, else true once where is given */
    public boolean required() {
        return required != null ? required : !where.isEmpty() || !throughWhere.isEmpty();
    }

    /** @return whether this include is read in its owner's statement (a JOIN) */
    public boolean joined() {
        AssociationKind kind = slot.kind();
        if (kind == AssociationKind.BELONGS_TO_POLYMORPHIC) {
            return false;
        }
        if (kind.isToMany()) {
            return Boolean.FALSE.equals(separate);
        }
        return !Boolean.TRUE.equals(separate);
    }

    /** @return a key describing the shape of this include and its nested includes, for statement caching */
    public String shape() {
        StringBuilder out = new StringBuilder(slot.alias()).append(joined() ? "+j" : "+s").append(required() ? "+r" : "");
        where.forEach((c, v) -> out.append("|").append(c.column()).append(v == null ? "=null" : "=?"));
        throughWhere.forEach((c, v) -> out.append("|j.").append(c).append(v == null ? "=null" : "=?"));
        nested.forEach(n -> out.append("(").append(n.shape()).append(")"));
        return out.toString();
    }
}
