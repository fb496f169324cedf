/** Not API: part of Kinship's runtime machinery (cache). */
package dev.kinship.runtime.internal.cache;
