/**
 * Not API: how values move between Java fields and columns, per database (the bottom of the
 * runtime: it depends on nothing else of Kinship's).
 */
package dev.kinship.runtime.internal.codec;
