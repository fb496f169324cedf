package dev.kinship.runtime;

/** What a session has done so far. */
public interface SessionStats {

    /**
     * @return the SQL statements this session ran: queries, writes, lazy loads and the lookups
     *         that name the culprit of a constraint violation; not transaction control (BEGIN,
     *         COMMIT, ROLLBACK, savepoints), which is logged but not counted
     */
    long statements();

    /** @return lookups the identity map answered without a statement */
    long hits();

    /** @return lookups the identity map could not answer */
    long misses();
}
