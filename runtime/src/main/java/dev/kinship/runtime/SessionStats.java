package dev.kinship.runtime;

/** What a session has done so far. */
public interface SessionStats {

    /** @return the SQL statements this session ran (queries, writes and lazy loads) */
    long statements();

    /** @return lookups the identity map answered without a statement */
    long hits();

    /** @return lookups the identity map could not answer */
    long misses();
}
