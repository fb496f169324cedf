package dev.kinship.dsl;

/**
 * The options every kind of association takes. Each call returns a new step and leaves this
 * one unchanged.
 *
 * @param <S> the step type, so that options chain without casts
 */
public interface AssociationStep<S extends AssociationStep<S>> extends Associations {

    /**
     * Names the association (default: lowerCamel of the target, plural for to-many).
     *
     * @throws NullPointerException     when {@code alias} is null
     * @throws IllegalArgumentException when {@code alias} is blank
     */
    S as(String alias);

    /**
     * Names the foreign-key field (default: {@code alias + "Id"} for belongsTo, the source's
     * lowerCamel name + {@code "Id"} for the others).
     *
     * @throws NullPointerException     when {@code field} is null
     * @throws IllegalArgumentException when {@code field} is blank
     */
    S foreignKey(String field);

    /**
     * What happens to the rows holding the key when the referenced row is deleted.
     *
     * @throws NullPointerException when {@code action} is null
     */
    S onDelete(ReferentialAction action);

    /**
     * What happens to the rows holding the key when the referenced key changes.
     *
     * @throws NullPointerException when {@code action} is null
     */
    S onUpdate(ReferentialAction action);

    /** @param constraints false: no FOREIGN KEY clause in the DDL (default true) */
    S constraints(boolean constraints);

    /**
     * @param hooks true: Kinship carries out {@code onDelete} itself, so that hooks run for
     *              every affected row (default false: the database does it)
     */
    S hooks(boolean hooks);
}
