package dev.kinship.runtime.internal.model;

/**
 * One association accessor the generated subclass intercepts: its getter and setter (either may
 * be null when the class declares none) and its slot in the state's loaded flags.
 */
public record InterceptedAccessor(String getter, String setter, Class<?> fieldType, int slot) {
}
