package dev.kinship.runtime;

/**
 * The isolation level of a transaction started with
 * {@link Database#inTransaction(Isolation, int, java.util.function.Function)}. On SQLite every
 * transaction is serializable (it takes the write lock when it begins), so the level changes
 * nothing there; on PostgreSQL it is the transaction's {@code ISOLATION LEVEL}.
 */
public enum Isolation {
    /** Each statement sees what was committed before it began (PostgreSQL's default). */
    READ_COMMITTED("READ COMMITTED"),
    /** Every statement sees what was committed before the transaction's first statement. */
    REPEATABLE_READ("REPEATABLE READ"),
    /**
     * As if the transactions ran one after another; one that cannot be ordered fails with a
     * {@link TransactionConflictException} and may be retried.
     */
    SERIALIZABLE("SERIALIZABLE");

    private final String sql;

    Isolation(String sql) {
        this.sql = sql;
    }

    /** @return the level as SQL names it, {@code REPEATABLE READ} */
    public String sql() {
        return sql;
    }
}
