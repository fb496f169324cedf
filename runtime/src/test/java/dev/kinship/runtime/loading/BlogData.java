package dev.kinship.runtime.loading;

import dev.kinship.runtime.Database;

/**
 * A blog of {@code n} users and {@code n} posts, written with plain SQL: user i ("user" + i)
 * writes post i ("post" + i); post i has {@code comments} comments, the j-th by user
 * {@code (i + j) % n + 1}, approved when j is even; post i is in categories
 * {@code i % 20 + 1} and {@code (i + 7) % 20 + 1} of 20. Ids start at 1.
 */
final class BlogData {

    static final int CATEGORIES = 20;

    private BlogData() {
    }

    static void seed(Database db, int n, int comments) {
        Rows.insert(db, "Users", "id, username, email", n, i -> new Object[] {i + 1L, "user" + (i + 1), "u" + (i + 1)});
        Rows.insert(db, "Posts", "id, title, body, published, authorId", n,
            i -> new Object[] {i + 1L, "post" + (i + 1), "body", true, i + 1L});
        Rows.insert(db, "Comments", "id, body, approved, postId, authorId", n * comments, k -> {
            int post = k / comments + 1;
            int j = k % comments;
            return new Object[] {k + 1L, "comment" + (k + 1), j % 2 == 0, (long) post, (long) ((post + j) % n + 1)};
        });
        Rows.insert(db, "Categories", "id, name", CATEGORIES, i -> new Object[] {i + 1L, "category" + (i + 1)});
        Rows.insert(db, "PostCategories", "postId, categoryId", n * 2, k -> {
            int post = k / 2 + 1;
            return new Object[] {(long) post, (long) ((k % 2 == 0 ? post : post + 7) % CATEGORIES + 1)};
        });
    }
}
