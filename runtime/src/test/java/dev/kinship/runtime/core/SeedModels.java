package dev.kinship.runtime.core;

import static dev.kinship.dsl.ReferentialAction.CASCADE;
import static dev.kinship.dsl.ReferentialAction.SET_NULL;

import dev.kinship.dsl.Associations;
import dev.kinship.dsl.Schema;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Every example of the associations guide, declared as the guide declares it, in one schema. */
final class SeedModels {

    private SeedModels() {
    }

    static Schema schema() {
        return Schema.builder()
            .model(User.class).model(Profile.class)
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
                .belongsToMany(Product.class).through("ProductTags").foreignKey("tagId").otherKey("productId")
                    .as("products"))
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
    }

    static class User {
        Long id;
        String username;
        String email;
        Profile profile;

        User() {
        }

        User(String username, String email) {
            this.username = username;
            this.email = email;
        }
    }

    static class Profile {
        Long id;
        Long userId;
        String bio;
        User user;

        Profile() {
        }

        Profile(Long userId, String bio) {
            this.userId = userId;
            this.bio = bio;
        }
    }

    static class Department {
        Long id;
        String name;
        List<Employee> employees;

        Department() {
        }

        Department(String name) {
            this.name = name;
        }
    }

    static class Employee {
        Long id;
        String name;
        Long departmentId;
        Department department;

        Employee() {
        }

        Employee(String name, Long departmentId) {
            this.name = name;
            this.departmentId = departmentId;
        }
    }

    static class Product {
        Long id;
        String name;
        List<Tag> tags;

        Product() {
        }

        Product(String name) {
            this.name = name;
        }
    }

    static class Tag {
        Long id;
        String label;
        List<Product> products;

        Tag() {
        }

        Tag(String label) {
            this.label = label;
        }
    }

    static class Post {
        Long id;
        String title;
        boolean published;
        Long authorId;
        User author;
        List<Comment> comments = new ArrayList<>();
        List<Category> categories;
        List<User> likedBy;

        Post() {
        }

        Post(String title, Long authorId) {
            this.title = title;
            this.authorId = authorId;
        }
    }

    static class Comment {
        Long id;
        String body;
        Long postId;

        Comment() {
        }

        Comment(String body, Long postId) {
            this.body = body;
            this.postId = postId;
        }
    }

    static class Category {
        Long id;
        String name;

        Category() {
        }

        Category(String name) {
            this.name = name;
        }
    }

    static class Team {
        Long id;
        String name;
        List<Project> activeProjects;
        List<User> members;

        Team() {
        }

        Team(String name) {
            this.name = name;
        }
    }

    static class Project {
        Long id;
        String name;
        String status;
        Long teamId;

        Project() {
        }

        Project(String name, String status, Long teamId) {
            this.name = name;
            this.status = status;
            this.teamId = teamId;
        }
    }

    static class TeamMember {
        Long id;
        Long teamId;
        Long userId;
        String role;
        LocalDateTime deletedAt;

        TeamMember() {
        }
    }
}
