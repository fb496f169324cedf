/**
 * Not API: the machinery behind {@code dev.kinship.runtime}. One package per concern, layered so
 * that each depends only on those listed before it (an ArchUnit rule keeps them free of cycles):
 * <ol>
 *   <li>{@code codec}: how each Java type is stored, bound and read, per database;</li>
 *   <li>{@code jdbc} (connections, execution) and {@code sql} (dialects, DDL, one statement
 *       builder per family, built from the DSL's frozen schema), both on codecs only;</li>
 *   <li>{@code model}: each model's accessors, codecs and association slots, and the state kept
 *       beside a managed entity (loaded flags, kept keys, load group, its lazy loader);</li>
 *   <li>{@code proxy}: the ByteBuddy subclasses, given to the model when the Database starts;</li>
 *   <li>{@code cache}: the identity map;</li>
 *   <li>{@code loading}: lazy and eager loaders, and the session port they and writers use (the
 *       text of joined includes, semijoins and association loads is still written here);</li>
 *   <li>{@code write}: inserts, updates, deletes, cascades, hooks;</li>
 *   <li>{@code session}: the session and its query, on top of everything.</li>
 * </ol>
 */
package dev.kinship.runtime.internal;
