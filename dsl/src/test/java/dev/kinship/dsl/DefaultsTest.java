package dev.kinship.dsl;

import static dev.kinship.dsl.ReferentialAction.CASCADE;
import static dev.kinship.dsl.ReferentialAction.RESTRICT;
import static dev.kinship.dsl.ReferentialAction.SET_NULL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.from;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Defaults resolved at build(): aliases, keys, rules and join-table keys. */
class DefaultsTest {

    static class Store {
        Long id;
        String name;
    }

    static class Category {
        Long id;
        Long storeId;
    }

    static class Person {
        Long id;
        Long storeId;
    }

    static class Box {
        Long id;
        Long storeId;
    }

    static class Status {
        Long id;
        Long storeId;
    }

    static class SalesPerson {
        Long id;
    }

    static class TeamMember {
        Long id;
        Long storeId;
    }

    static class Item {
        Long id;
        Long ownerId;
        Long storeId;
    }

    static class Account {
        Long id;
    }

    static class Login {
        Long id;
        long accountId;
    }

    static class Shelf {
        Long id;
        String code;
        Long accountId;
    }

    static class Note {
        Long id;
        String text;
    }

    static class Badge {
        Long id;
    }

    static class StoreBadge {
        Long storeId;
        Long badgeId;
    }

    static class Award {
        Long id;
        Long storeId;
        Long badgeId;
        String reason;
    }

    static class User {
        Long id;
        String name;
        List<User> followers;
        List<User> following;
    }

    static class Post {
        Long id;
        Long authorId;
        Long editorId;
        User author;
        User editor;
    }

    // ---- aliases -------------------------------------------------------------------------------

    @Test
    void alias_toMany_isEnglishPluralOfTarget() {
        Schema schema = Schema.builder()
            .model(Store.class).model(Category.class).model(Person.class).model(Box.class).model(Status.class)
            .associate(Associations.of(Store.class)
                .hasMany(Category.class).hasMany(Person.class).hasMany(Box.class).hasMany(Status.class))
            .build();

        assertThat(schema.aliasesOf(Store.class)).containsExactly("categories", "people", "boxes", "statuses");
    }

    @Test
    void alias_toManyOfCamelCaseTarget_pluralizesLastWord() {
        Schema schema = Schema.builder()
            .model(Store.class).model(TeamMember.class).model(SalesPerson.class)
            .associate(Associations.of(Store.class)
                .hasMany(TeamMember.class)
                .belongsToMany(SalesPerson.class).through("StoreSalesPeople"))
            .build();

        assertThat(schema.aliasesOf(Store.class)).containsExactly("teamMembers", "salesPeople");
    }

    @Test
    void alias_toOne_isLowerCamelOfTarget() {
        Schema schema = Schema.builder()
            .model(Store.class).model(Person.class).model(Category.class).model(TeamMember.class)
            .associate(Associations.of(Store.class).hasOne(Person.class).hasOne(TeamMember.class))
            .associate(Associations.of(Category.class).belongsTo(Store.class))
            .build();

        assertThat(schema.aliasesOf(Store.class)).containsExactly("person", "teamMember");
        assertThat(schema.aliasesOf(Category.class)).containsExactly("store");
    }

    @Test
    void table_default_isEnglishPluralOfClassName() {
        Schema schema = Schema.builder()
            .model(Category.class).model(Person.class).model(Box.class).model(Status.class).model(SalesPerson.class)
            .build();

        assertThat(schema.models()).extracting(ModelInfo::table)
            .containsExactly("Categories", "People", "Boxes", "Statuses", "SalesPeople");
    }

    // ---- foreign keys --------------------------------------------------------------------------

    @Test
    void foreignKey_belongsTo_isAliasPlusId() {
        Schema schema = Schema.builder().model(Item.class).model(Person.class).model(Store.class)
            .associate(Associations.of(Item.class).belongsTo(Person.class).as("owner").belongsTo(Store.class))
            .build();

        assertThat(schema.association(Item.class, "owner").foreignKey()).isEqualTo("ownerId");
        assertThat(schema.association(Item.class, "store").foreignKey()).isEqualTo("storeId");
    }

    @Test
    void foreignKey_hasOneAndHasMany_isSourceNamePlusIdWhateverTheAlias() {
        Schema schema = Schema.builder().model(Store.class).model(Item.class).model(Person.class)
            .associate(Associations.of(Store.class).hasMany(Item.class).as("stock").hasOne(Person.class).as("manager"))
            .build();

        assertThat(schema.association(Store.class, "stock"))
            .returns("storeId", from(Association::foreignKey))
            .returns("storeId", from(Association::targetKey))
            .returns("id", from(Association::sourceKey));
        assertThat(schema.association(Store.class, "manager").foreignKey()).isEqualTo("storeId");
    }

    @Test
    void foreignKey_belongsToMany_fromSourceAndOtherKeyFromTarget() {
        Schema schema = Schema.builder().model(Store.class).model(SalesPerson.class)
            .associate(Associations.of(Store.class).belongsToMany(SalesPerson.class).through("StoreSalesPeople"))
            .build();

        assertThat(schema.association(Store.class, "salesPeople"))
            .returns("storeId", from(Association::foreignKey))
            .returns(Optional.of("salesPersonId"), from(Association::otherKey));
        assertThat(schema.joinTable("StoreSalesPeople").orElseThrow().key()).containsExactly("storeId", "salesPersonId");
    }

    @Test
    void foreignKey_namingNoField_isAColumnKinshipKeeps() {
        Schema schema = Schema.builder().model(Store.class).model(Note.class)
            .associate(Associations.of(Store.class).hasMany(Note.class))
            .build();

        ModelInfo note = schema.model(Note.class);
        assertThat(note.columns()).containsExactly("id", "text", "storeId");
        assertThat(note.column("storeId").orElseThrow())
            .returns(Optional.empty(), from(ColumnInfo::field))
            .returns(Long.class, from(ColumnInfo::type))
            .returns(true, from(ColumnInfo::nullable))
            .returns(false, from(ColumnInfo::id));
        assertThat(note.columnOfField("storeId")).isEmpty();
        assertThat(schema.association(Store.class, "notes").onDelete()).isEqualTo(SET_NULL);
    }

    @Test
    void foreignKey_belongsToNamingNoField_keptOnSourceWithTargetKeyType() {
        Schema schema = Schema.builder().model(Note.class).model(Shelf.class)
            .associate(Associations.of(Note.class).belongsTo(Shelf.class).targetKey("code"))
            .build();

        assertThat(schema.model(Note.class).column("shelfId").orElseThrow())
            .returns(Optional.empty(), from(ColumnInfo::field))
            .returns(String.class, from(ColumnInfo::type));
        assertThat(schema.association(Note.class, "shelf"))
            .returns("shelfId", from(Association::sourceKey))
            .returns("code", from(Association::targetKey));
    }

    // ---- onDelete / onUpdate / allowNull --------------------------------------------------------

    @Test
    void onDelete_boxedKey_defaultsToSetNullAndAllowsNull() {
        Schema schema = Schema.builder().model(Store.class).model(Item.class)
            .associate(Associations.of(Store.class).hasMany(Item.class))
            .build();

        assertThat(schema.association(Store.class, "items"))
            .returns(SET_NULL, from(Association::onDelete))
            .returns(CASCADE, from(Association::onUpdate))
            .returns(true, from(Association::allowNull));
        assertThat(schema.model(Item.class).columnOfField("storeId").orElseThrow().nullable()).isTrue();
    }

    @Test
    void onDelete_primitiveKey_defaultsToCascadeAndDisallowsNull() {
        Schema schema = Schema.builder().model(Account.class).model(Login.class)
            .associate(Associations.of(Account.class).hasMany(Login.class))
            .associate(Associations.of(Login.class).belongsTo(Account.class))
            .build();

        assertThat(schema.association(Account.class, "logins"))
            .returns("accountId", from(Association::foreignKey))
            .returns(CASCADE, from(Association::onDelete))
            .returns(false, from(Association::allowNull));
        assertThat(schema.association(Login.class, "account"))
            .returns(CASCADE, from(Association::onDelete))
            .returns(false, from(Association::allowNull));
        assertThat(schema.model(Login.class).columnOfField("accountId").orElseThrow())
            .returns(Long.class, from(ColumnInfo::type))
            .returns(false, from(ColumnInfo::nullable));
    }

    @Test
    void allowNullFalse_boxedKey_defaultsToCascadeAndColumnNotNull() {
        Schema schema = Schema.builder().model(Account.class).model(Shelf.class)
            .associate(Associations.of(Shelf.class).belongsTo(Account.class).allowNull(false))
            .build();

        assertThat(schema.association(Shelf.class, "account"))
            .returns(CASCADE, from(Association::onDelete))
            .returns(false, from(Association::allowNull));
        assertThat(schema.model(Shelf.class).columnOfField("accountId").orElseThrow().nullable()).isFalse();
    }

    @Test
    void allowNullFalse_withExplicitRestrict_keepsRestrict() {
        Schema schema = Schema.builder().model(Account.class).model(Shelf.class)
            .associate(Associations.of(Account.class).hasMany(Shelf.class).allowNull(false).onDelete(RESTRICT))
            .build();

        assertThat(schema.association(Account.class, "shelves"))
            .returns(RESTRICT, from(Association::onDelete))
            .returns(false, from(Association::allowNull));
    }

    @Test
    void onUpdate_explicit_keptAndOnDeleteStillDefaulted() {
        Schema schema = Schema.builder().model(Store.class).model(Item.class)
            .associate(Associations.of(Item.class).belongsTo(Store.class).onUpdate(RESTRICT))
            .build();

        assertThat(schema.association(Item.class, "store"))
            .returns(RESTRICT, from(Association::onUpdate))
            .returns(SET_NULL, from(Association::onDelete));
    }

    @Test
    void belongsToMany_joinRows_defaultToCascadeAndNotNull() {
        Schema schema = Schema.builder().model(Store.class).model(Badge.class)
            .associate(Associations.of(Store.class).belongsToMany(Badge.class).through("StoreBadges"))
            .build();

        assertThat(schema.association(Store.class, "badges"))
            .returns(CASCADE, from(Association::onDelete))
            .returns(CASCADE, from(Association::onUpdate))
            .returns(false, from(Association::allowNull))
            .returns(true, from(Association::constraints))
            .returns(false, from(Association::hooks));
    }

    @Test
    void belongsToMany_explicitRestrict_kept() {
        Schema schema = Schema.builder().model(Store.class).model(Badge.class)
            .associate(Associations.of(Store.class).belongsToMany(Badge.class).through("StoreBadges").onDelete(RESTRICT))
            .build();

        assertThat(schema.association(Store.class, "badges").onDelete()).isEqualTo(RESTRICT);
    }

    // ---- join tables -----------------------------------------------------------------------------

    @Test
    void joinTable_namedByString_compositePrimaryKeyOfBothKeys() {
        Schema schema = Schema.builder().model(Store.class).model(Badge.class)
            .associate(Associations.of(Store.class).belongsToMany(Badge.class).through("StoreBadges"))
            .build();

        JoinTable table = schema.joinTable("StoreBadges").orElseThrow();
        assertThat(table.model()).isEmpty();
        assertThat(table.keyKind()).isEqualTo(JoinTable.KeyKind.PRIMARY_KEY);
        assertThat(table.key()).containsExactly("storeId", "badgeId");
        assertThat(table.columns()).extracting(ColumnInfo::name, ColumnInfo::field, ColumnInfo::nullable)
            .containsExactly(tuple("storeId", Optional.of("storeId"), false), tuple("badgeId", Optional.of("badgeId"), false));
    }

    @Test
    void joinTable_namedByStringUnderscored_columnsKeepTheDeclaredKeyNames() {
        Schema schema = Schema.builder().underscored(true).model(Store.class).model(Badge.class)
            .associate(Associations.of(Store.class).belongsToMany(Badge.class).through("store_badges"))
            .build();

        assertThat(schema.joinTable("store_badges").orElseThrow().columns())
            .extracting(ColumnInfo::name, ColumnInfo::field)
            .containsExactly(tuple("store_id", Optional.of("storeId")), tuple("badge_id", Optional.of("badgeId")));
    }

    @Test
    void joinTable_modelWithoutId_compositePrimaryKey() {
        Schema schema = Schema.builder().model(Store.class).model(Badge.class).model(StoreBadge.class)
            .associate(Associations.of(Store.class).belongsToMany(Badge.class).through(StoreBadge.class))
            .build();

        JoinTable table = schema.joinTable("StoreBadges").orElseThrow();
        assertThat(table.model()).contains(StoreBadge.class);
        assertThat(table.keyKind()).isEqualTo(JoinTable.KeyKind.PRIMARY_KEY);
        assertThat(table.key()).containsExactly("storeId", "badgeId");
        assertThat(schema.model(StoreBadge.class).hasId()).isFalse();
        assertThat(schema.association(Store.class, "badges"))
            .returns(Optional.of("StoreBadges"), from(Association::through))
            .returns(Optional.of(StoreBadge.class), from(Association::throughModel))
            .returns(true, from(Association::throughUnique));
    }

    @Test
    void joinTable_modelWithId_uniquePair() {
        Schema schema = Schema.builder().model(Store.class).model(Badge.class).model(Award.class)
            .associate(Associations.of(Store.class).belongsToMany(Badge.class).through(Award.class))
            .build();

        JoinTable table = schema.joinTable("Awards").orElseThrow();
        assertThat(table.keyKind()).isEqualTo(JoinTable.KeyKind.UNIQUE);
        assertThat(table.key()).containsExactly("storeId", "badgeId");
        assertThat(table.columns()).extracting(ColumnInfo::name).containsExactly("id", "storeId", "badgeId", "reason");
    }

    @Test
    void joinTable_modelWithIdAndUniqueFalse_noPairKey() {
        Schema schema = Schema.builder().model(Store.class).model(Badge.class).model(Award.class)
            .associate(Associations.of(Store.class).belongsToMany(Badge.class).through(Award.class, t -> t.unique(false)))
            .build();

        assertThat(schema.joinTable("Awards").orElseThrow().keyKind()).isEqualTo(JoinTable.KeyKind.NONE);
        assertThat(schema.association(Store.class, "badges").throughUnique()).isFalse();
    }

    @Test
    void joinTable_uniqueFalseOnOneSide_appliesToBothSides() {
        Schema schema = Schema.builder().model(Store.class).model(Badge.class).model(Award.class)
            .associate(Associations.of(Store.class).belongsToMany(Badge.class).through(Award.class, t -> t.unique(false)))
            .associate(Associations.of(Badge.class).belongsToMany(Store.class).through(Award.class))
            .build();

        assertThat(schema.joinTable("Awards").orElseThrow().keyKind()).isEqualTo(JoinTable.KeyKind.NONE);
        assertThat(schema.association(Badge.class, "stores").throughUnique()).isFalse();
        assertThat(schema.association(Store.class, "badges").throughUnique()).isFalse();
    }

    // ---- self-associations and two associations between one pair ---------------------------------

    private static Schema follows() {
        return Schema.builder().model(User.class)
            .associate(Associations.of(User.class)
                .belongsToMany(User.class).through("Follows").as("followers")
                    .foreignKey("followingId").otherKey("followerId")
                .belongsToMany(User.class).through("Follows").as("following")
                    .foreignKey("followerId").otherKey("followingId"))
            .build();
    }

    @Test
    void selfBelongsToMany_distinctKeys_twoAliasesOverOneJoinTable() {
        Schema schema = follows();

        assertThat(schema.association(User.class, "followers"))
            .returns(User.class, from(Association::source))
            .returns(User.class, from(Association::target))
            .returns("followingId", from(Association::foreignKey))
            .returns(Optional.of("followerId"), from(Association::otherKey))
            .returns(Optional.of("Follows"), from(Association::through));
        assertThat(schema.association(User.class, "following"))
            .returns("followerId", from(Association::foreignKey))
            .returns(Optional.of("followingId"), from(Association::otherKey))
            .returns(Optional.of("Follows"), from(Association::through));
        assertThat(schema.joinTables()).hasSize(1);
        assertThat(schema.joinTable("Follows").orElseThrow().key()).containsExactly("followingId", "followerId");
    }

    @Test
    void twoBelongsToSamePair_separateAliases_keepSeparateKeysAndRules() {
        Schema schema = Schema.builder().model(User.class).model(Post.class)
            .associate(Associations.of(User.class)
                .belongsToMany(User.class).through("Follows").as("followers")
                    .foreignKey("followingId").otherKey("followerId")
                .belongsToMany(User.class).through("Follows").as("following")
                    .foreignKey("followerId").otherKey("followingId"))
            .associate(Associations.of(Post.class)
                .belongsTo(User.class).as("author").onDelete(CASCADE)
                .belongsTo(User.class).as("editor"))
            .build();

        assertThat(schema.association(Post.class, "author"))
            .returns("authorId", from(Association::foreignKey))
            .returns(CASCADE, from(Association::onDelete));
        assertThat(schema.association(Post.class, "editor"))
            .returns("editorId", from(Association::foreignKey))
            .returns(SET_NULL, from(Association::onDelete));
    }
}
