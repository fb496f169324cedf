/**
 * Not API: the machinery behind {@code dev.kinship.runtime}. One package per concern: {@code sql}
 * (dialect, statement text), {@code jdbc} (connections, execution), {@code mapping} (accessors
 * and value codecs), {@code proxy} (ByteBuddy subclasses), {@code cache} (identity map),
 * {@code loading} (lazy and eager loaders, load groups), {@code write} (inserts, updates,
 * deletes, cascades, hooks) and {@code session} (the session and its query).
 */
package dev.kinship.runtime.internal;
