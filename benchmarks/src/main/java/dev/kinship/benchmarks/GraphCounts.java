package dev.kinship.benchmarks;

/**
 * What one operation loaded, reduced to numbers every contender can produce from its own
 * objects: the entities reached while walking the result, and a checksum over their ids and
 * the lengths of the text they carry.
 *
 * <p>Two contenders that load the same graph produce equal counts, so a trial compares them
 * before it measures anything: a fast but wrong answer fails the trial instead of winning it.
 *
 * @param posts the posts reached (the roots)
 * @param comments the comments reached through their posts
 * @param categoryLinks the (post, category) pairs reached through posts' categories
 * @param authors the author references resolved, of posts and of comments
 * @param checksum a sum over every entity reached of its id and the length of its text columns
 */
public record GraphCounts(long posts, long comments, long categoryLinks, long authors, long checksum) {

    /** Starts an empty tally; a contender walks its result and reports each entity it reaches. */
    public static Tally tally() {
        return new Tally();
    }

    /** Accumulates {@link GraphCounts} while a contender walks its own result objects. */
    public static final class Tally {
        private long posts;
        private long comments;
        private long categoryLinks;
        private long authors;
        private long checksum;

        private Tally() {
        }

        /** Records a post with the columns every workload reads. */
        public Tally post(long id, String title, String body, boolean published) {
            posts++;
            checksum += 31 * id + length(title) + length(body) + (published ? 1 : 0);
            return this;
        }

        /** Records a resolved author (of a post or of a comment). */
        public Tally author(long id, String username, String email) {
            authors++;
            checksum += 37 * id + length(username) + length(email);
            return this;
        }

        /** Records a comment. */
        public Tally comment(long id, String body) {
            comments++;
            checksum += 41 * id + length(body);
            return this;
        }

        /** Records one category of one post. */
        public Tally category(long id, String name) {
            categoryLinks++;
            checksum += 43 * id + length(name);
            return this;
        }

        /** The counts recorded so far. */
        public GraphCounts counts() {
            return new GraphCounts(posts, comments, categoryLinks, authors, checksum);
        }

        private static int length(String text) {
            return text == null ? 0 : text.length();
        }
    }
}
