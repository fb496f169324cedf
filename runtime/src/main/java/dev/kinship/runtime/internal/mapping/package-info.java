/** Not API: part of Kinship's runtime machinery (mapping). */
package dev.kinship.runtime.internal.mapping;
