/**
 * Not API: part of Kinship's runtime machinery (model). What the runtime knows of each model
 * class, computed once per Database (accessor handles, codecs, association slots, the generated
 * subclass it is given), and the state kept beside every managed entity (loaded flags, kept keys,
 * load group, the {@link dev.kinship.runtime.internal.model.LazyLoader} that loads its
 * associations). Depends on nothing internal but {@code codec}.
 */
package dev.kinship.runtime.internal.model;
