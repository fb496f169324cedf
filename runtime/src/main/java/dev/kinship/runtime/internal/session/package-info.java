/** Not API: part of Kinship's runtime machinery (session). */
package dev.kinship.runtime.internal.session;
