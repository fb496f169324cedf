package dev.kinship.dsl;

import static dev.kinship.dsl.ReferentialAction.CASCADE;
import static dev.kinship.dsl.ReferentialAction.SET_NULL;
import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeedExamplesTest {

    static Schema guide() {
        return Schema.builder()
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
                .belongsToMany(Category.class).through("PostCategories").foreignKey("postId").otherKey("categoryId").as("categories")
                .belongsToMany(User.class).through("PostLikes").foreignKey("postId").otherKey("userId").as("likedBy"))
            .associate(Associations.of(Team.class)
                .hasMany(Project.class).foreignKey("teamId").as("activeProjects").scope("status", "active")
                .belongsToMany(User.class)
                    .through(TeamMember.class, t -> t.unique(false).scope("deletedAt", null))
                    .foreignKey("teamId").otherKey("userId").as("members").constraints(false))
            .build();
    }

    @Test
    void oneToOne_sharedKey_takesCascadeFromHasOneSide() {
        Schema schema = guide();
        Association profile = schema.association(User.class, "profile");
        Association user = schema.association(Profile.class, "user");
        assertThat(profile.kind()).isEqualTo(AssociationKind.HAS_ONE);
        assertThat(profile.foreignKey()).isEqualTo("userId");
        assertThat(profile.sourceKey()).isEqualTo("id");
        assertThat(profile.onDelete()).isEqualTo(CASCADE);
        assertThat(user.onDelete()).isEqualTo(CASCADE);
        assertThat(user.onUpdate()).isEqualTo(CASCADE);
        assertThat(user.allowNull()).isTrue();
        assertThat(schema.model(Profile.class).table()).isEqualTo("profiles");
        assertThat(schema.model(User.class).table()).isEqualTo("Users");
    }

    @Test
    void blog_defaultsResolved() {
        Schema schema = guide();
        Association categories = schema.association(Post.class, "categories");
        assertThat(categories.through()).contains("PostCategories");
        assertThat(categories.otherKey()).contains("categoryId");
        assertThat(categories.onDelete()).isEqualTo(CASCADE);
        assertThat(categories.throughUnique()).isTrue();
        Association author = schema.association(Post.class, "author");
        assertThat(author.onDelete()).isEqualTo(SET_NULL);
        assertThat(author.targetKey()).isEqualTo("id");
        Association members = schema.association(Team.class, "members");
        assertThat(members.throughModel()).contains(TeamMember.class);
        assertThat(members.throughUnique()).isFalse();
        assertThat(members.constraints()).isFalse();
        Map<String, Object> nullScope = new HashMap<>();
        nullScope.put("deletedAt", null);
        assertThat(members.throughScope()).isEqualTo(nullScope);
        assertThat(schema.association(Team.class, "activeProjects").scope()).isEqualTo(Map.of("status", "active"));
        assertThat(schema.joinTable("ProductTags").orElseThrow().key()).containsExactly("productId", "tagId");
        System.out.println(schema.toMermaid());
    }
}
