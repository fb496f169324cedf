package dev.kinship.dsl;

import dev.kinship.dsl.internal.Declaration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The immutable state behind every step: a source and its declarations, the last one open. */
record Chain(Class<?> source, List<Declaration> declarations) {

    Chain {
        declarations = List.copyOf(declarations);
    }

    static Chain start(Class<?> source) {
        return new Chain(source, List.of());
    }

    Chain append(Declaration declaration) {
        List<Declaration> copy = new ArrayList<>(declarations);
        copy.add(declaration);
        return new Chain(source, copy);
    }

    Chain updateLast(UnaryOperator<Declaration> change) {
        List<Declaration> copy = new ArrayList<>(declarations);
        copy.set(copy.size() - 1, change.apply(copy.get(copy.size() - 1)));
        return new Chain(source, copy);
    }
}
