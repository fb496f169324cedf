package dev.kinship.dsl;

import static dev.kinship.dsl.AssociationKind.BELONGS_TO;
import static dev.kinship.dsl.AssociationKind.BELONGS_TO_MANY;
import static dev.kinship.dsl.AssociationKind.HAS_MANY;
import static dev.kinship.dsl.AssociationKind.HAS_ONE;
import static dev.kinship.dsl.ReferentialAction.CASCADE;
import static dev.kinship.dsl.ReferentialAction.SET_NULL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.from;
import static org.assertj.core.api.Assertions.tuple;

import dev.kinship.dsl.fixtures.Blog.Category;
import dev.kinship.dsl.fixtures.Blog.Comment;
import dev.kinship.dsl.fixtures.Blog.Department;
import dev.kinship.dsl.fixtures.Blog.Employee;
import dev.kinship.dsl.fixtures.Blog.Post;
import dev.kinship.dsl.fixtures.Blog.Product;
import dev.kinship.dsl.fixtures.Blog.Profile;
import dev.kinship.dsl.fixtures.Blog.Project;
import dev.kinship.dsl.fixtures.Blog.Tag;
import dev.kinship.dsl.fixtures.Blog.Team;
import dev.kinship.dsl.fixtures.Blog.TeamMember;
import dev.kinship.dsl.fixtures.Blog.User;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The guide's examples, declared as API.md shows them, with every resolved value asserted. */
class SeedExamplesTest {

    /** Every example of the guide in one schema; immutable, so the tests share it. */
    private static final Schema GUIDE = Schema.builder()
        .model(User.class).model(Profile.class, m -> m.table("profiles"))
        .model(Department.class).model(Employee.class)
        .model(Product.class).model(Tag.class)
        .model(Post.class).model(Comment.class).model(Category.class)
        .model(Team.class).model(Project.class).model(TeamMember.class)
        .associate(Associations.of(User.class)
            .hasOne(Profile.class).foreignKey("userId").as("profile").onDelete(CASCADE))
        .associate(Associations.of(Profile.class)
            .belongsTo(User.class).foreignKey("userId").as("user"))
        .associate(Associations.of(Department.class)
            .hasMany(Employee.class).foreignKey("departmentId").as("employees").onDelete(SET_NULL).hooks(true))
        .associate(Associations.of(Employee.class)
            .belongsTo(Department.class).foreignKey("departmentId").as("department"))
        .associate(Associations.of(Product.class)
            .belongsToMany(Tag.class).through("ProductTags").foreignKey("productId").otherKey("tagId").as("tags"))
        .associate(Associations.of(Tag.class)
            .belongsToMany(Product.class).through("ProductTags").foreignKey("tagId").otherKey("productId").as("products"))
        .associate(Associations.of(Post.class)
            .belongsTo(User.class).foreignKey("authorId").as("author")
            .hasMany(Comment.class).foreignKey("postId").as("comments").onDelete(CASCADE)
            .belongsToMany(Category.class).through("PostCategories").foreignKey("postId").otherKey("categoryId")
                .as("categories")
            .belongsToMany(User.class).through("PostLikes").foreignKey("postId").otherKey("userId").as("likedBy"))
        .associate(Associations.of(Team.class)
            .hasMany(Project.class).foreignKey("teamId").as("activeProjects").scope("status", "active")
            .belongsToMany(User.class)
                .through(TeamMember.class, t -> t.unique(false).scope("deletedAt", null))
                .foreignKey("teamId").otherKey("userId").as("members").constraints(false))
        .build();

    @Test
    void apiExample_asDeclaredInTheContract_resolvesEveryAssociation() {
        Schema schema = Schema.builder()
            .model(User.class)
            .model(Profile.class, m -> m.table("profiles"))
            .model(Team.class).model(Project.class).model(TeamMember.class)
            .associate(Associations.of(User.class)
                .hasOne(Profile.class).foreignKey("userId").as("profile").onDelete(CASCADE))
            .associate(Associations.of(Profile.class)
                .belongsTo(User.class).foreignKey("userId").as("user"))
            .associate(Associations.of(Team.class)
                .hasMany(Project.class).foreignKey("teamId").as("activeProjects").scope("status", "active")
                .belongsToMany(User.class)
                    .through(TeamMember.class, t -> t.unique(false).scope("deletedAt", null))
                    .foreignKey("teamId").otherKey("userId").as("members").constraints(false))
            .build();

        assertThat(schema.associations()).extracting(Association::describe).containsExactly(
            "User.hasOne(Profile) as 'profile'",
            "Profile.belongsTo(User) as 'user'",
            "Team.hasMany(Project) as 'activeProjects'",
            "Team.belongsToMany(User) as 'members'");
        assertThat(schema.models()).extracting(ModelInfo::table)
            .containsExactly("Users", "profiles", "Teams", "Projects", "TeamMembers");
    }

    // ---- User hasOne Profile / Profile belongsTo User ------------------------------------------

    @Test
    void userHasOneProfile_explicitCascade_resolvesKeysAndRules() {
        assertThat(GUIDE.association(User.class, "profile"))
            .returns(HAS_ONE, from(Association::kind))
            .returns(User.class, from(Association::source))
            .returns(Profile.class, from(Association::target))
            .returns(Optional.of("profile"), from(Association::field))
            .returns(Optional.empty(), from(Association::collectionType))
            .returns("userId", from(Association::foreignKey))
            .returns("userId", from(Association::foreignKeyColumn))
            .returns("id", from(Association::sourceKey))
            .returns("id", from(Association::sourceKeyColumn))
            .returns("userId", from(Association::targetKey))
            .returns("userId", from(Association::targetKeyColumn))
            .returns(Map.of(), from(Association::scope))
            .returns(CASCADE, from(Association::onDelete))
            .returns(CASCADE, from(Association::onUpdate))
            .returns(true, from(Association::allowNull))
            .returns(false, from(Association::hooks))
            .returns(true, from(Association::constraints))
            .returns(Optional.empty(), from(Association::otherKey))
            .returns(Optional.empty(), from(Association::through))
            .returns(Optional.empty(), from(Association::throughModel))
            .returns(false, from(Association::throughUnique))
            .returns(Map.of(), from(Association::throughScope));
    }

    @Test
    void profileBelongsToUser_sharesKeyWithHasOne_takesItsCascade() {
        assertThat(GUIDE.association(Profile.class, "user"))
            .returns(BELONGS_TO, from(Association::kind))
            .returns(Profile.class, from(Association::source))
            .returns(User.class, from(Association::target))
            .returns(Optional.of("user"), from(Association::field))
            .returns("userId", from(Association::foreignKey))
            .returns("userId", from(Association::foreignKeyColumn))
            .returns("userId", from(Association::sourceKey))
            .returns("userId", from(Association::sourceKeyColumn))
            .returns("id", from(Association::targetKey))
            .returns("id", from(Association::targetKeyColumn))
            .returns(CASCADE, from(Association::onDelete))
            .returns(CASCADE, from(Association::onUpdate))
            .returns(true, from(Association::allowNull))
            .returns(true, from(Association::constraints))
            .returns(Optional.empty(), from(Association::through));
    }

    @Test
    void profileModel_explicitTable_keepsTableAndFieldColumns() {
        ModelInfo profile = GUIDE.model(Profile.class);

        assertThat(profile.type()).isEqualTo(Profile.class);
        assertThat(profile.table()).isEqualTo("profiles");
        assertThat(profile.columns()).containsExactly("id", "userId", "bio");
        assertThat(profile.idColumn()).isEqualTo("id");
        assertThat(profile.columnOfField("userId").orElseThrow())
            .returns(Long.class, from(ColumnInfo::type))
            .returns(true, from(ColumnInfo::nullable))
            .returns(false, from(ColumnInfo::id));
        assertThat(profile.idInfo())
            .returns(true, from(ColumnInfo::id))
            .returns(true, from(ColumnInfo::generated))
            .returns(false, from(ColumnInfo::nullable));
    }

    @Test
    void userModel_defaultTable_isPluralOfClassName() {
        ModelInfo user = GUIDE.model(User.class);

        assertThat(user.table()).isEqualTo("Users");
        assertThat(user.columns()).containsExactly("id", "username", "email");
        assertThat(user.idColumn()).isEqualTo("id");
    }

    // ---- Department hasMany Employee / Employee belongsTo Department -----------------------------

    @Test
    void departmentHasManyEmployees_setNullWithHooks_resolvesKeysAndRules() {
        assertThat(GUIDE.association(Department.class, "employees"))
            .returns(HAS_MANY, from(Association::kind))
            .returns(Department.class, from(Association::source))
            .returns(Employee.class, from(Association::target))
            .returns(Optional.of("employees"), from(Association::field))
            .returns(Optional.of(List.class), from(Association::collectionType))
            .returns("departmentId", from(Association::foreignKey))
            .returns("departmentId", from(Association::foreignKeyColumn))
            .returns("id", from(Association::sourceKey))
            .returns("departmentId", from(Association::targetKey))
            .returns(Map.of(), from(Association::scope))
            .returns(SET_NULL, from(Association::onDelete))
            .returns(CASCADE, from(Association::onUpdate))
            .returns(true, from(Association::allowNull))
            .returns(true, from(Association::hooks))
            .returns(true, from(Association::constraints))
            .returns(Optional.empty(), from(Association::through));
    }

    @Test
    void employeeBelongsToDepartment_defaults_setNullWithoutHooks() {
        assertThat(GUIDE.association(Employee.class, "department"))
            .returns(BELONGS_TO, from(Association::kind))
            .returns(Department.class, from(Association::target))
            .returns("departmentId", from(Association::foreignKey))
            .returns("departmentId", from(Association::sourceKey))
            .returns("id", from(Association::targetKey))
            .returns(SET_NULL, from(Association::onDelete))
            .returns(CASCADE, from(Association::onUpdate))
            .returns(true, from(Association::allowNull))
            .returns(false, from(Association::hooks));
        assertThat(GUIDE.model(Employee.class).columns()).containsExactly("id", "name", "departmentId");
    }

    // ---- Product / Tag through 'ProductTags' ---------------------------------------------------

    @Test
    void productBelongsToManyTags_throughTableName_resolvesJoinKeys() {
        assertThat(GUIDE.association(Product.class, "tags"))
            .returns(BELONGS_TO_MANY, from(Association::kind))
            .returns(Product.class, from(Association::source))
            .returns(Tag.class, from(Association::target))
            .returns(Optional.of(Set.class), from(Association::collectionType))
            .returns("productId", from(Association::foreignKey))
            .returns("productId", from(Association::foreignKeyColumn))
            .returns(Optional.of("tagId"), from(Association::otherKey))
            .returns(Optional.of("tagId"), from(Association::otherKeyColumn))
            .returns("id", from(Association::sourceKey))
            .returns("id", from(Association::targetKey))
            .returns(Optional.of("ProductTags"), from(Association::through))
            .returns(Optional.empty(), from(Association::throughModel))
            .returns(true, from(Association::throughUnique))
            .returns(Map.of(), from(Association::throughScope))
            .returns(CASCADE, from(Association::onDelete))
            .returns(CASCADE, from(Association::onUpdate))
            .returns(false, from(Association::allowNull))
            .returns(true, from(Association::constraints));
    }

    @Test
    void tagBelongsToManyProducts_sameJoinTable_swapsKeys() {
        assertThat(GUIDE.association(Tag.class, "products"))
            .returns(BELONGS_TO_MANY, from(Association::kind))
            .returns(Product.class, from(Association::target))
            .returns(Optional.of(List.class), from(Association::collectionType))
            .returns("tagId", from(Association::foreignKey))
            .returns(Optional.of("productId"), from(Association::otherKey))
            .returns(Optional.of("ProductTags"), from(Association::through))
            .returns(CASCADE, from(Association::onDelete));
    }

    @Test
    void productTagsJoinTable_bothSides_oneTableWithCompositePrimaryKey() {
        JoinTable productTags = GUIDE.joinTable("ProductTags").orElseThrow();

        assertThat(productTags.model()).isEmpty();
        assertThat(productTags.key()).containsExactly("productId", "tagId");
        assertThat(productTags.keyKind()).isEqualTo(JoinTable.KeyKind.PRIMARY_KEY);
        assertThat(productTags.columns()).extracting(ColumnInfo::name, ColumnInfo::type, ColumnInfo::nullable)
            .containsExactly(
                tuple("productId", Long.class, false),
                tuple("tagId", Long.class, false));
        assertThat(GUIDE.joinTables()).extracting(JoinTable::name)
            .containsExactly("ProductTags", "PostCategories", "PostLikes", "TeamMembers");
    }

    // ---- the blog Post ---------------------------------------------------------------------------

    @Test
    void post_fourAssociations_keptInDeclarationOrder() {
        assertThat(GUIDE.aliasesOf(Post.class)).containsExactly("author", "comments", "categories", "likedBy");
        assertThat(GUIDE.model(Post.class).columns()).containsExactly("id", "title", "authorId");
        assertThat(GUIDE.model(Post.class).table()).isEqualTo("Posts");
    }

    @Test
    void postBelongsToAuthor_nullableKey_defaultsToSetNull() {
        assertThat(GUIDE.association(Post.class, "author"))
            .returns(BELONGS_TO, from(Association::kind))
            .returns(User.class, from(Association::target))
            .returns(Optional.of("author"), from(Association::field))
            .returns("authorId", from(Association::foreignKey))
            .returns("authorId", from(Association::foreignKeyColumn))
            .returns("authorId", from(Association::sourceKey))
            .returns("id", from(Association::targetKey))
            .returns(SET_NULL, from(Association::onDelete))
            .returns(CASCADE, from(Association::onUpdate))
            .returns(true, from(Association::allowNull))
            .returns(true, from(Association::constraints));
    }

    @Test
    void postHasManyComments_explicitCascade_keyOnComment() {
        assertThat(GUIDE.association(Post.class, "comments"))
            .returns(HAS_MANY, from(Association::kind))
            .returns(Comment.class, from(Association::target))
            .returns(Optional.of(List.class), from(Association::collectionType))
            .returns("postId", from(Association::foreignKey))
            .returns("id", from(Association::sourceKey))
            .returns("postId", from(Association::targetKey))
            .returns(CASCADE, from(Association::onDelete))
            .returns(CASCADE, from(Association::onUpdate))
            .returns(true, from(Association::allowNull));
        assertThat(GUIDE.model(Comment.class).columnOfField("postId").orElseThrow().nullable()).isTrue();
    }

    @Test
    void postBelongsToManyCategories_throughPostCategories_resolvesJoinKeys() {
        assertThat(GUIDE.association(Post.class, "categories"))
            .returns(BELONGS_TO_MANY, from(Association::kind))
            .returns(Category.class, from(Association::target))
            .returns("postId", from(Association::foreignKey))
            .returns(Optional.of("categoryId"), from(Association::otherKey))
            .returns(Optional.of("PostCategories"), from(Association::through))
            .returns(Optional.empty(), from(Association::throughModel))
            .returns(true, from(Association::throughUnique))
            .returns(CASCADE, from(Association::onDelete));
        JoinTable postCategories = GUIDE.joinTable("PostCategories").orElseThrow();
        assertThat(postCategories.key()).containsExactly("postId", "categoryId");
        assertThat(postCategories.keyKind()).isEqualTo(JoinTable.KeyKind.PRIMARY_KEY);
    }

    @Test
    void postBelongsToManyLikedBy_secondAssociationToUser_keepsItsOwnKeys() {
        assertThat(GUIDE.association(Post.class, "likedBy"))
            .returns(BELONGS_TO_MANY, from(Association::kind))
            .returns(User.class, from(Association::target))
            .returns(Optional.of("likedBy"), from(Association::field))
            .returns("postId", from(Association::foreignKey))
            .returns(Optional.of("userId"), from(Association::otherKey))
            .returns(Optional.of("PostLikes"), from(Association::through))
            .returns(CASCADE, from(Association::onDelete));
        assertThat(GUIDE.association(Post.class, "author").foreignKey()).isEqualTo("authorId");
        assertThat(GUIDE.joinTable("PostLikes").orElseThrow().key()).containsExactly("postId", "userId");
    }

    // ---- Team: scoped activeProjects, members through TeamMember ---------------------------------

    @Test
    void teamHasManyActiveProjects_scope_keptWithDefaults() {
        assertThat(GUIDE.association(Team.class, "activeProjects"))
            .returns(HAS_MANY, from(Association::kind))
            .returns(Project.class, from(Association::target))
            .returns(Optional.of("activeProjects"), from(Association::field))
            .returns("teamId", from(Association::foreignKey))
            .returns("id", from(Association::sourceKey))
            .returns("teamId", from(Association::targetKey))
            .returns(Map.of("status", "active"), from(Association::scope))
            .returns(SET_NULL, from(Association::onDelete))
            .returns(CASCADE, from(Association::onUpdate))
            .returns(true, from(Association::allowNull))
            .returns(true, from(Association::constraints));
    }

    @Test
    void teamBelongsToManyMembers_throughModelWithOptions_resolvesThroughValues() {
        Map<String, Object> deletedAtIsNull = new HashMap<>();
        deletedAtIsNull.put("deletedAt", null);

        assertThat(GUIDE.association(Team.class, "members"))
            .returns(BELONGS_TO_MANY, from(Association::kind))
            .returns(Team.class, from(Association::source))
            .returns(User.class, from(Association::target))
            .returns("teamId", from(Association::foreignKey))
            .returns("teamId", from(Association::foreignKeyColumn))
            .returns(Optional.of("userId"), from(Association::otherKey))
            .returns(Optional.of("userId"), from(Association::otherKeyColumn))
            .returns(Optional.of("TeamMembers"), from(Association::through))
            .returns(Optional.of(TeamMember.class), from(Association::throughModel))
            .returns(false, from(Association::throughUnique))
            .returns(deletedAtIsNull, from(Association::throughScope))
            .returns(Map.of(), from(Association::scope))
            .returns(false, from(Association::constraints))
            .returns(CASCADE, from(Association::onDelete))
            .returns(CASCADE, from(Association::onUpdate))
            .returns(false, from(Association::allowNull));
    }

    @Test
    void teamMembersJoinTable_joinModelWithIdAndUniqueFalse_hasNoPairKey() {
        JoinTable teamMembers = GUIDE.joinTable("TeamMembers").orElseThrow();

        assertThat(teamMembers.model()).contains(TeamMember.class);
        assertThat(teamMembers.key()).containsExactly("teamId", "userId");
        assertThat(teamMembers.keyKind()).isEqualTo(JoinTable.KeyKind.NONE);
        assertThat(teamMembers.columns()).extracting(ColumnInfo::name)
            .containsExactly("id", "teamId", "userId", "role", "deletedAt");
        assertThat(GUIDE.model(TeamMember.class).columnOfField("deletedAt").orElseThrow().type())
            .isEqualTo(LocalDateTime.class);
    }
}
