/** Not API: part of Kinship's runtime machinery (write). */
package dev.kinship.runtime.internal.write;
