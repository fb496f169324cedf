package dev.kinship.benchmarks.jdbc;

/** A row of {@code Users}, as hand-written JDBC code maps it. */
public record User(long id, String username, String email) {
}
