/**
 * Not API: part of Kinship's runtime machinery (sql). The dialects, the DDL, and every statement's
 * text, built from the DSL's frozen schema by one builder per statement family
 * ({@link dev.kinship.runtime.internal.sql.SelectStatements}, {@link dev.kinship.runtime.internal.sql.WriteStatements},
 * {@link dev.kinship.runtime.internal.sql.LinkStatements}, {@link dev.kinship.runtime.internal.sql.JoinStatements},
 * {@link dev.kinship.runtime.internal.sql.DeleteStatements}), which a dialect may replace to
 * change one statement, and cached per shape in {@link dev.kinship.runtime.internal.sql.SqlTexts}
 * under a {@link dev.kinship.runtime.internal.sql.ShapeKey}. Depends on nothing internal but {@code codec}.
 */
package dev.kinship.runtime.internal.sql;
