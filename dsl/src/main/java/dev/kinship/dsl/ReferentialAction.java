package dev.kinship.dsl;

/** What happens to rows that refer to a row being deleted or whose key changes. */
public enum ReferentialAction {
    /** Delete (or update) the referring rows too. */
    CASCADE("CASCADE"),
    /** Set the referring rows' key to NULL. */
    SET_NULL("SET NULL"),
    /** Refuse the delete or update while referring rows exist. */
    RESTRICT("RESTRICT"),
    /** Like RESTRICT, checked at the end of the statement. */
    NO_ACTION("NO ACTION"),
    /** Set the referring rows' key to its column default. */
    SET_DEFAULT("SET DEFAULT");

    private final String sql;

    ReferentialAction(String sql) {
        this.sql = sql;
    }

    /** @return the SQL spelling, e.g. {@code SET NULL} */
    public String sql() {
        return sql;
    }
}
