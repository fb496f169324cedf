package dev.kinship.benchmarks.jdbc;

/** A row of {@code Categories}, as hand-written JDBC code maps it. */
public record Category(long id, String name) {
}
