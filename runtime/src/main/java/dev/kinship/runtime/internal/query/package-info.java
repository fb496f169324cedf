/** Not API: the conditions of queries, as immutable trees, and their checks. */
package dev.kinship.runtime.internal.query;
