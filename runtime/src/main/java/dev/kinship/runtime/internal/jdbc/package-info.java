/** Not API: part of Kinship's runtime machinery (jdbc). */
package dev.kinship.runtime.internal.jdbc;
