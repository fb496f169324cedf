package dev.kinship.runtime;

import dev.kinship.dsl.KinshipException;
import java.util.List;

/**
 * {@link Database#sync()} found a database the schema cannot work with: a missing column, a
 * column of a type outside what its field needs, a NOT NULL column the model allows null in, or
 * an extra NOT NULL column without a default. Nothing was created. {@link #differences()} lists
 * every difference with its fix; {@link Database#migrationDdl()} gives the additive statements
 * and {@link Database#migrate()} runs them.
 */
public class SchemaMismatchException extends KinshipException {

    private static final long serialVersionUID = 1L;

    private final List<String> differences;

    /** @param message what does not match and how to fix it */
    public SchemaMismatchException(String message) {
        this(message, List.of());
    }

    /**
     * @param message     what does not match and how to fix it
     * @param differences every difference, each with its fix
     */
    public SchemaMismatchException(String message, List<String> differences) {
        super(message);
        this.differences = List.copyOf(differences);
    }

    /**
     * @return every difference between the schema and the database, each with its fix, or
     *         {@code rebuild table T} where no single statement can fix it; those the model cannot
     *         work with first
     */
    public List<String> differences() {
        return differences;
    }
}
