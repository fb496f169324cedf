/**
 * Not API: the declarations collected by the DSL, the resolver that turns them into a
 * {@link dev.kinship.dsl.Schema}, entity introspection and naming rules. Nothing here is
 * stable; use {@code dev.kinship.dsl} instead.
 */
package dev.kinship.dsl.internal;
