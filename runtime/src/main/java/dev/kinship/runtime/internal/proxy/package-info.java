/** Not API: part of Kinship's runtime machinery (proxy). */
package dev.kinship.runtime.internal.proxy;
