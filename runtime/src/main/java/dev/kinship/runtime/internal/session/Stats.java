package dev.kinship.runtime.internal.session;

import dev.kinship.runtime.SessionStats;
import dev.kinship.runtime.internal.cache.IdentityMap;
import dev.kinship.runtime.internal.jdbc.Executor;

/** A session's counters: statements run here, identity-map hits and misses read from the map. */
final class Stats implements SessionStats, Executor.StatementCounter {

    private final IdentityMap identity;
    private long statements;

    Stats(IdentityMap identity) {
        this.identity = identity;
    }

    @Override
    public void statementRan() {
        statements++;
    }

    @Override
    public long statements() {
        return statements;
    }

    @Override
    public long hits() {
        return identity.hits();
    }

    @Override
    public long misses() {
        return identity.misses();
    }

    @Override
    public String toString() {
        return "SessionStats[statements=" + statements + ", hits=" + hits() + ", misses=" + misses() + "]";
    }
}
