package dev.kinship.dsl;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A misuse of the builder itself fails at the call, naming the argument. */
class BuilderMisuseTest {

    static class Post {
        Long id;
    }

    static class Tag {
        Long id;
    }

    @Test
    void of_nullSource_throwsNpe() {
        assertThatThrownBy(() -> Associations.of(null))
            .isInstanceOf(NullPointerException.class).hasMessage("source");
    }

    @Test
    void hasOne_nullTarget_throwsNpe() {
        assertThatThrownBy(() -> Associations.of(Post.class).hasOne(null))
            .isInstanceOf(NullPointerException.class).hasMessage("target");
    }

    @Test
    void belongsTo_nullTarget_throwsNpe() {
        assertThatThrownBy(() -> Associations.of(Post.class).belongsTo(null))
            .isInstanceOf(NullPointerException.class).hasMessage("target");
    }

    @Test
    void hasMany_nullTarget_throwsNpe() {
        assertThatThrownBy(() -> Associations.of(Post.class).hasMany(null))
            .isInstanceOf(NullPointerException.class).hasMessage("target");
    }

    @Test
    void belongsToMany_nullTarget_throwsNpe() {
        assertThatThrownBy(() -> Associations.of(Post.class).belongsToMany(null))
            .isInstanceOf(NullPointerException.class).hasMessage("target");
    }

    @Test
    void as_nullAlias_throwsNpe() {
        assertThatThrownBy(() -> Associations.of(Post.class).hasMany(Tag.class).as(null))
            .isInstanceOf(NullPointerException.class).hasMessage("alias");
    }

    @Test
    void as_blankAlias_throwsIae() {
        assertThatThrownBy(() -> Associations.of(Post.class).hasMany(Tag.class).as("  "))
            .isInstanceOf(IllegalArgumentException.class).hasMessage("alias must not be blank, but was '  '");
    }

    @Test
    void foreignKey_blank_throwsIaeNamingTheOption() {
        assertThatThrownBy(() -> Associations.of(Post.class).belongsTo(Tag.class).foreignKey(""))
            .isInstanceOf(IllegalArgumentException.class).hasMessage("foreignKey must not be blank, but was ''");
    }

    @Test
    void sourceKey_null_throwsNpeNamingTheOption() {
        assertThatThrownBy(() -> Associations.of(Post.class).hasOne(Tag.class).sourceKey(null))
            .isInstanceOf(NullPointerException.class).hasMessage("sourceKey");
    }

    @Test
    void targetKey_blank_throwsIaeNamingTheOption() {
        assertThatThrownBy(() -> Associations.of(Post.class).belongsTo(Tag.class).targetKey(" "))
            .isInstanceOf(IllegalArgumentException.class).hasMessage("targetKey must not be blank, but was ' '");
    }

    @Test
    void otherKey_null_throwsNpeNamingTheOption() {
        assertThatThrownBy(() -> Associations.of(Post.class).belongsToMany(Tag.class).otherKey(null))
            .isInstanceOf(NullPointerException.class).hasMessage("otherKey");
    }

    @Test
    void onDelete_nullAction_throwsNpe() {
        assertThatThrownBy(() -> Associations.of(Post.class).hasMany(Tag.class).onDelete(null))
            .isInstanceOf(NullPointerException.class).hasMessage("action");
    }

    @Test
    void onUpdate_nullAction_throwsNpe() {
        assertThatThrownBy(() -> Associations.of(Post.class).belongsTo(Tag.class).onUpdate(null))
            .isInstanceOf(NullPointerException.class).hasMessage("action");
    }

    @Test
    void scope_nullField_throwsNpe() {
        assertThatThrownBy(() -> Associations.of(Post.class).hasMany(Tag.class).scope(null, "x"))
            .isInstanceOf(NullPointerException.class).hasMessage("scope field");
    }

    @Test
    void scope_blankField_throwsIae() {
        assertThatThrownBy(() -> Associations.of(Post.class).belongsToMany(Tag.class).scope("", "x"))
            .isInstanceOf(IllegalArgumentException.class).hasMessage("scope field must not be blank, but was ''");
    }

    @Test
    void through_nullTableName_throwsNpe() {
        assertThatThrownBy(() -> Associations.of(Post.class).belongsToMany(Tag.class).through((String) null))
            .isInstanceOf(NullPointerException.class).hasMessage("joinTable");
    }

    @Test
    void through_blankTableName_throwsIae() {
        assertThatThrownBy(() -> Associations.of(Post.class).belongsToMany(Tag.class).through(" "))
            .isInstanceOf(IllegalArgumentException.class).hasMessage("joinTable must not be blank, but was ' '");
    }

    @Test
    void through_nullJoinModel_throwsNpe() {
        assertThatThrownBy(() -> Associations.of(Post.class).belongsToMany(Tag.class).through((Class<?>) null))
            .isInstanceOf(NullPointerException.class).hasMessage("joinModel");
    }

    @Test
    void through_nullOptions_throwsNpe() {
        assertThatThrownBy(() -> Associations.of(Post.class).belongsToMany(Tag.class).through(Tag.class, null))
            .isInstanceOf(NullPointerException.class).hasMessage("options");
    }

    @Test
    void throughScope_blankField_throwsIae() {
        assertThatThrownBy(() -> Associations.of(Post.class).belongsToMany(Tag.class)
                .through("PostTags", t -> t.scope(" ", 1)))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("through scope field must not be blank, but was ' '");
    }

    @Test
    void belongsToPolymorphic_blankAlias_throwsIae() {
        assertThatThrownBy(() -> Associations.of(Post.class).belongsToPolymorphic(""))
            .isInstanceOf(IllegalArgumentException.class).hasMessage("alias must not be blank, but was ''");
    }

    @Test
    void polymorphicType_nullModel_throwsNpe() {
        assertThatThrownBy(() -> Associations.of(Post.class).belongsToPolymorphic("subject").type("tag", null))
            .isInstanceOf(NullPointerException.class).hasMessage("type model");
    }

    @Test
    void polymorphicType_blankValue_throwsIae() {
        assertThatThrownBy(() -> Associations.of(Post.class).belongsToPolymorphic("subject").type(" ", Tag.class))
            .isInstanceOf(IllegalArgumentException.class).hasMessage("type value must not be blank, but was ' '");
    }

    @Test
    void polymorphicTypeKey_null_throwsNpe() {
        assertThatThrownBy(() -> Associations.of(Post.class).belongsToPolymorphic("subject").typeKey(null))
            .isInstanceOf(NullPointerException.class).hasMessage("typeKey");
    }

    @Test
    void builderModel_nullClass_throwsNpe() {
        assertThatThrownBy(() -> Schema.builder().model(null))
            .isInstanceOf(NullPointerException.class).hasMessage("type");
    }

    @Test
    void builderModel_nullOptions_throwsNpe() {
        assertThatThrownBy(() -> Schema.builder().model(Post.class, null))
            .isInstanceOf(NullPointerException.class).hasMessage("options");
    }

    @Test
    void modelOptionsTable_blank_throwsIae() {
        assertThatThrownBy(() -> Schema.builder().model(Post.class, m -> m.table("")))
            .isInstanceOf(IllegalArgumentException.class).hasMessage("table must not be blank, but was ''");
    }

    @Test
    void modelOptionsColumn_nullColumn_throwsNpe() {
        assertThatThrownBy(() -> Schema.builder().model(Post.class, m -> m.column("id", null)))
            .isInstanceOf(NullPointerException.class).hasMessage("column");
    }

    @Test
    void modelOptionsColumn_blankField_throwsIae() {
        assertThatThrownBy(() -> Schema.builder().model(Post.class, m -> m.column(" ", "x")))
            .isInstanceOf(IllegalArgumentException.class).hasMessage("field must not be blank, but was ' '");
    }

    @Test
    void associate_nullChain_throwsNpeWithItsPosition() {
        Associations chain = Associations.of(Post.class);

        assertThatThrownBy(() -> Schema.builder().associate(chain, null))
            .isInstanceOf(NullPointerException.class).hasMessage("chains[1]");
    }

    @Test
    void associate_nullArray_throwsNpe() {
        assertThatThrownBy(() -> Schema.builder().associate((Associations[]) null))
            .isInstanceOf(NullPointerException.class).hasMessage("chains");
    }

    /** An {@code Associations} that does not come from {@code Associations.of(...)}. */
    static final class Handmade implements Associations {
        @Override
        public Class<?> source() {
            return Post.class;
        }

        @Override
        public int size() {
            return 0;
        }

        @Override
        public HasOneStep hasOne(Class<?> target) {
            throw new UnsupportedOperationException();
        }

        @Override
        public BelongsToStep belongsTo(Class<?> target) {
            throw new UnsupportedOperationException();
        }

        @Override
        public HasManyStep hasMany(Class<?> target) {
            throw new UnsupportedOperationException();
        }

        @Override
        public BelongsToManyStep belongsToMany(Class<?> target) {
            throw new UnsupportedOperationException();
        }

        @Override
        public BelongsToPolymorphicStep belongsToPolymorphic(String alias) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void associate_chainNotFromOf_throwsIae() {
        assertThatThrownBy(() -> Schema.builder().associate(new Handmade()))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("Associations must start with Associations.of(...); got "
                + "dev.kinship.dsl.BuilderMisuseTest$Handmade");
    }

    @Test
    void discover_nullClass_throwsNpeWithItsPosition() {
        assertThatThrownBy(() -> Schema.builder().discover(Post.class, null))
            .isInstanceOf(NullPointerException.class).hasMessage("types[1]");
    }
}
