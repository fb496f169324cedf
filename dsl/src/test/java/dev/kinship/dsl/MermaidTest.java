package dev.kinship.dsl;

import static dev.kinship.dsl.ReferentialAction.CASCADE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code Schema.toMermaid()}: an {@code erDiagram} of models, join tables and associations. */
class MermaidTest {

    static class User {
        Long id;
        String name;
    }

    static class Post {
        Long id;
        String title;
        Long authorId;
        byte[] cover;
    }

    static class Comment {
        Long id;
        String body;
        Long postId;
        Long authorId;
    }

    static class Category {
        Long id;
        String name;
    }

    static class Team {
        Long id;
    }

    static class Membership {
        Long id;
        Long teamId;
        Long memberId;
        String role;
    }

    private static final Schema SCHEMA = Schema.builder()
        .model(User.class).model(Post.class).model(Comment.class).model(Category.class)
        .model(Team.class).model(Membership.class)
        .associate(Associations.of(Post.class)
            .belongsTo(User.class).as("author")
            .hasMany(Comment.class).onDelete(CASCADE)
            .belongsToMany(Category.class).through("PostCategories"))
        .associate(Associations.of(User.class).hasOne(Post.class).foreignKey("authorId").as("pinned"))
        .associate(Associations.of(Team.class)
            .belongsToMany(User.class).through(Membership.class).otherKey("memberId").as("members"))
        .build();

    private static List<String> lines() {
        return SCHEMA.toMermaid().lines().toList();
    }

    @Test
    void toMermaid_always_startsWithErDiagram() {
        assertThat(SCHEMA.toMermaid()).startsWith("erDiagram\n");
    }

    @Test
    void toMermaid_models_listedWithColumnsAndKeys() {
        assertThat(SCHEMA.toMermaid()).contains(
            "    Post {\n"
                + "        Long id PK\n"
                + "        String title\n"
                + "        Long authorId FK\n"
                + "        bytes cover\n"
                + "    }\n",
            "    User {\n"
                + "        Long id PK\n"
                + "        String name\n"
                + "    }\n",
            "    Membership {\n"
                + "        Long id PK\n"
                + "        Long teamId FK\n"
                + "        Long memberId FK\n"
                + "        String role\n"
                + "    }\n");
    }

    @Test
    void toMermaid_everyModel_hasOneEntity() {
        for (ModelInfo model : SCHEMA.models()) {
            assertThat(lines()).containsOnlyOnce("    " + model.type().getSimpleName() + " {");
        }
    }

    @Test
    void toMermaid_columnNamedLikeAnotherModelsKey_notMarkedAsKey() {
        assertThat(SCHEMA.toMermaid()).contains(
            "    Comment {\n"
                + "        Long id PK\n"
                + "        String body\n"
                + "        Long postId FK\n"
                + "        Long authorId\n"
                + "    }\n");
    }

    @Test
    void toMermaid_joinTableByName_shownWithItsKeys() {
        assertThat(SCHEMA.toMermaid()).contains(
            "    PostCategories {\n"
                + "        Long postId FK\n"
                + "        Long categoryId FK\n"
                + "    }\n");
    }

    @Test
    void toMermaid_everyAssociation_oneEdgeLabelledWithAliasAndKind() {
        assertThat(lines()).containsOnlyOnce(
            "    Post }o--|| User : \"author (belongsTo)\"",
            "    Post ||--o{ Comment : \"comments (hasMany)\"",
            "    User ||--o| Post : \"pinned (hasOne)\"",
            "    Post ||--o{ PostCategories : \"categories (belongsToMany through PostCategories)\"",
            "    Team ||--o{ Membership : \"members (belongsToMany through Memberships)\"");
        for (Association a : SCHEMA.associations()) {
            assertThat(lines()).filteredOn(line -> line.contains(": \"" + a.alias() + " (" + a.kind().methodName()))
                .hasSize(1);
        }
    }

    @Test
    void toMermaid_belongsToMany_joinTableLinkedToTargetByOtherKey() {
        assertThat(lines()).containsOnlyOnce(
            "    PostCategories }o--|| Category : \"categories (categoryId)\"",
            "    Membership }o--|| User : \"members (memberId)\"");
    }

    @Test
    void toMermaid_schemaWithoutAssociations_listsModelsOnly() {
        Schema schema = Schema.builder().model(Category.class).build();

        assertThat(schema.toMermaid()).isEqualTo(
            "erDiagram\n"
                + "    Category {\n"
                + "        Long id PK\n"
                + "        String name\n"
                + "    }\n");
    }
}
