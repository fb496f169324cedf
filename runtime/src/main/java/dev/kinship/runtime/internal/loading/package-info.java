/** Not API: part of Kinship's runtime machinery (loading). */
package dev.kinship.runtime.internal.loading;
