/**
 * Not API: the live schema of a database, read through JDBC metadata, compared with what a
 * Kinship schema wants, and the additive statements that bring one to the other.
 */
package dev.kinship.runtime.internal.schema;
