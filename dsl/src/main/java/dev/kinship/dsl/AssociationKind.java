package dev.kinship.dsl;

/** The kinds of association, named as in Sequelize. */
public enum AssociationKind {
    /** The target holds a foreign key to the source; at most one target per source. */
    HAS_ONE("hasOne", false),
    /** The source holds a foreign key to the target. */
    BELONGS_TO("belongsTo", false),
    /** The target holds a foreign key to the source; any number of targets per source. */
    HAS_MANY("hasMany", true),
    /** Source and target are linked through rows of a join table. */
    BELONGS_TO_MANY("belongsToMany", true),
    /**
     * The source holds a foreign key and a type column; the type value says which of several
     * target models the key refers to (the reverse side of a polymorphic hasMany).
     */
    BELONGS_TO_POLYMORPHIC("belongsToPolymorphic", false);

    private final String methodName;
    private final boolean toMany;

    AssociationKind(String methodName, boolean toMany) {
        this.methodName = methodName;
        this.toMany = toMany;
    }

    /** @return the DSL method that declares this kind, e.g. {@code hasMany} */
    public String methodName() {
        return methodName;
    }

    /** @return true for hasMany and belongsToMany, whose field is a collection */
    public boolean isToMany() {
        return toMany;
    }
}
