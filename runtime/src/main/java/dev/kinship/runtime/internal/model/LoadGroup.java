package dev.kinship.runtime.internal.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The entities one statement brought in. The first lazy access of an association on any member
 * loads it for every member that has not loaded it, in one statement.
 */
public final class LoadGroup {

    private final List<EntityState> members;

    public LoadGroup(int expected) {
        this.members = new ArrayList<>(expected);
    }

    public void add(EntityState state) {
        members.add(state);
        state.group(this);
    }

    /**
     * Makes an entity that belongs to another group a member of this one too, without moving
     * it: a lazy load started from either group includes it.
     */
    public void share(EntityState state) {
        if (state.group() != this) {
            members.add(state);
        }
    }

    public int size() {
        return members.size();
    }

    public List<EntityState> members() {
        return members;
    }

    /** @return the members of {@code type} that have not loaded {@code slot}, {@code first} first */
    public List<EntityState> unloaded(EntityState first, int slot) {
        List<EntityState> result = new ArrayList<>(members.size());
        result.add(first);
        for (EntityState s : members) {
            if (s != first && s.type() == first.type() && !s.isLoaded(slot)) {
                result.add(s);
            }
        }
        return result;
    }
}
