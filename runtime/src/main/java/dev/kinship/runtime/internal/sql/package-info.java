/** Not API: part of Kinship's runtime machinery (sql). */
package dev.kinship.runtime.internal.sql;
