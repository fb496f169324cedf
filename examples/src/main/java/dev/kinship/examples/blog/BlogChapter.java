package dev.kinship.examples.blog;

import static dev.kinship.dsl.ReferentialAction.CASCADE;

import dev.kinship.dsl.Associations;
import dev.kinship.dsl.Schema;
import dev.kinship.examples.TourLog;
import dev.kinship.runtime.Database;
import dev.kinship.runtime.LazyLoading;
import dev.kinship.runtime.Session;
import java.util.List;

/** The real-world example: a blog whose Post has an author, comments, categories and likes. */
public final class BlogChapter {

    static final int POSTS = 50;

    private BlogChapter() {
    }

    public static Schema schema() {
        return Schema.builder()
            .model(User.class).model(Post.class).model(Comment.class).model(Category.class)
            .associate(Associations.of(Post.class)
                .belongsTo(User.class).foreignKey("authorId").as("author")
                .hasMany(Comment.class).foreignKey("postId").as("comments").onDelete(CASCADE)
                .belongsToMany(Category.class).through("PostCategories").foreignKey("postId")
                    .otherKey("categoryId").as("categories")
                .belongsToMany(User.class).through("PostLikes").foreignKey("postId").otherKey("userId")
                    .as("likedBy"))
            .associate(Associations.of(Comment.class)
                .belongsTo(User.class).foreignKey("authorId").as("author"))
            .build();
    }

    public static void run(Database db, TourLog log) {
        log.chapter("The blog: Post belongsTo author, hasMany comments, belongsToMany categories and likedBy");
        db.sync();
        seed(db);
        try (Session s = db.openSession()) {
            List<Post> posts = s.query(Post.class).orderBy("id").list();
            log.step(s, "posts with comments, lazily, batched: comments of " + POSTS + " posts",
                () -> posts.stream().mapToInt(p -> p.getComments().size()).sum(), POSTS * 3, 1);
            log.step(s, "and the authors of those comments", () -> posts.stream()
                .flatMap(p -> p.getComments().stream()).map(c -> c.getAuthor().getUsername()).distinct().count(), 5L, 1);
            log.step(s, "touching them all again", () -> posts.stream().mapToInt(p -> p.getComments().size()).sum(),
                POSTS * 3, 0);
        }
        try (Session s = db.openSession()) {
            s.lazyLoading(LazyLoading.PER_ENTITY);
            List<Post> posts = s.query(Post.class).list();
            log.step(s, "the same walk with LazyLoading.PER_ENTITY (the N+1 of other libraries)",
                () -> posts.stream().mapToInt(p -> p.getComments().size()).sum(), POSTS * 3, POSTS);
        }
        try (Session s = db.openSession()) {
            List<Post> page = s.query(Post.class)
                .include("author")
                .include("comments", c -> c.include("author").where("approved", true))
                .include("categories")
                .orderBy("id").limit(20).list();
            log.check("20 posts with author, approved comments with their authors, categories: posts", page.size(), 20);
            log.expectStatements(s, "that page", 3);
            log.step(s, "each with its 2 approved comments, already loaded",
                () -> page.stream().mapToInt(p -> p.getComments().size()).sum(), 40, 0);
            log.step(s, "likes of the first post", () -> page.get(0).getLikedBy().size(), 2, 1);
        }
    }

    private static void seed(Database db) {
        try (Session s = db.openSession()) {
            s.useTransaction(tx -> {
                List<User> users = List.of("ada", "grace", "linus", "barbara", "ken").stream()
                    .map(name -> tx.insert(new User(name))).toList();
                List<Category> categories = List.of("news", "java", "sql", "design").stream()
                    .map(name -> tx.insert(new Category(name))).toList();
                for (int i = 0; i < POSTS; i++) {
                    Post post = tx.insert(new Post("Post " + i, users.get(i % users.size())));
                    var comments = tx.toMany(post, "comments");
                    comments.create(new Comment("Nice", users.get((i + 1) % users.size()), true));
                    comments.create(new Comment("Agreed", users.get((i + 2) % users.size()), true));
                    comments.create(new Comment("Spam", users.get((i + 3) % users.size()), false));
                    tx.toMany(post, "categories").addAll(List.of(categories.get(i % 4), categories.get((i + 1) % 4)));
                    tx.toMany(post, "likedBy").addAll(List.of(users.get((i + 1) % 5), users.get((i + 4) % 5)));
                }
            });
        }
    }
}
