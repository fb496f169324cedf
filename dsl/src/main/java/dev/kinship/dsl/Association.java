package dev.kinship.dsl;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One association with every default resolved. Immutable.
 *
 * <p>Keys read the same way for every kind: a source row and a target row are associated when
 * the source's {@link #sourceKey()} equals the target's {@link #targetKey()} (for belongsTo,
 * the source key is the foreign key; for hasOne/hasMany the target key is), or, for
 * belongsToMany, when a join row holds the source key in {@link #foreignKey()} and the target
 * key in {@link #otherKey()}. Field names are Java fields; the {@code *Column} components are
 * the SQL columns they map to.
 *
 * @param kind             hasOne, belongsTo, hasMany, belongsToMany or belongsToPolymorphic
 * @param source           the class that declares the association
 * @param target           the associated class (for a polymorphic belongsTo: the field's type,
 *                         a common supertype of {@link #types()})
 * @param alias            the association's name, also the field holding it
 * @param field            the source field holding the association, if the class declares one
 * @param collectionType   List, Set or Collection for a to-many field
 * @param foreignKey       the key field: on the source (belongsTo), the target (hasOne,
 *                         hasMany) or the join table (belongsToMany: refers to the source)
 * @param foreignKeyColumn the column of {@code foreignKey}
 * @param sourceKey        the source field that is matched
 * @param sourceKeyColumn  its column
 * @param targetKey        the target field that is matched
 * @param targetKeyColumn  its column
 * @param scope            target field → required value (null: IS NULL)
 * @param onDelete         what happens to the key's rows when the referenced row is deleted
 * @param onUpdate         what happens to them when the referenced key changes
 * @param allowNull        whether the key column accepts NULL
 * @param hooks            whether Kinship carries out onDelete itself, running hooks
 * @param constraints      whether the DDL declares a FOREIGN KEY
 * @param otherKey         belongsToMany: the join table's key field that refers to the target
 * @param otherKeyColumn   its column
 * @param through          belongsToMany: the join table's name
 * @param throughModel     belongsToMany: the join model, when a class was given
 * @param throughUnique    belongsToMany: whether a pair is linked at most once
 * @param throughScope     belongsToMany: join-row field (or column) → required value
 * @param throughSoftDelete belongsToMany: the join model's field that {@code remove} sets to
 *                         the current time instead of deleting the row
 * @param typeKey          belongsToPolymorphic: the field naming the target's type
 * @param typeColumn       its column
 * @param types            belongsToPolymorphic: type value → target model
 */
public record Association(
        AssociationKind kind,
        Class<?> source,
        Class<?> target,
        String alias,
        Optional<String> field,
        Optional<Class<?>> collectionType,
        String foreignKey,
        String foreignKeyColumn,
        String sourceKey,
        String sourceKeyColumn,
        String targetKey,
        String targetKeyColumn,
        Map<String, Object> scope,
        ReferentialAction onDelete,
        ReferentialAction onUpdate,
        boolean allowNull,
        boolean hooks,
        boolean constraints,
        Optional<String> otherKey,
        Optional<String> otherKeyColumn,
        Optional<String> through,
        Optional<Class<?>> throughModel,
        boolean throughUnique,
        Map<String, Object> throughScope,
        Optional<String> throughSoftDelete,
        Optional<String> typeKey,
        Optional<String> typeColumn,
        Map<String, Class<?>> types) {

    /** Validates presence and freezes the maps (null scope values are kept: they mean IS NULL). */
    public Association {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(foreignKey, "foreignKey");
        Objects.requireNonNull(onDelete, "onDelete");
        Objects.requireNonNull(onUpdate, "onUpdate");
        scope = freeze(scope);
        throughScope = freeze(throughScope);
        types = freeze(types);
    }

    private static <V> Map<String, V> freeze(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** @return true for hasMany and belongsToMany */
    public boolean isToMany() {
        return kind.isToMany();
    }

    /** @return how the association reads in messages: {@code Post.hasMany(Comment) as 'comments'} */
    public String describe() {
        return source.getSimpleName() + "." + kind.methodName() + "(" + target.getSimpleName() + ") as '" + alias + "'";
    }

    @Override
    public String toString() {
        return describe();
    }
}
