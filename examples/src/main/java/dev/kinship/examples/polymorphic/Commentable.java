package dev.kinship.examples.polymorphic;

/** What a comment can be about. */
public interface Commentable {
    String getTitle();
}
