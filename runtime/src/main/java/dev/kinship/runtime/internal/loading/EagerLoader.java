package dev.kinship.runtime.internal.loading;

import dev.kinship.runtime.internal.model.EntityState;
import dev.kinship.runtime.internal.model.ManagedEntity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/** Runs the includes of a plan that need statements of their own: one statement per include level. */
public final class EagerLoader {

    private final SessionContext session;

    public EagerLoader(SessionContext session) {
        this.session = session;
    }

    /** Loads every separate include of {@code plan} for the entities it read. */
    public void loadSeparate(SelectPlan plan, List<Object> primaries) {
        for (SelectPlan.Node node : plan.separateNodes()) {
            List<Object> owners = plan.ownersOf(node, primaries);
            if (owners.isEmpty()) {
                continue;
            }
            Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            List<EntityState> states = new ArrayList<>(owners.size());
            for (Object owner : owners) {
                if (seen.add(owner)) {
                    states.add(((ManagedEntity) owner).kinship$state());
                }
            }
            IncludeSpec spec = plan.specOf(node);
            new AssociationLoader(session).load(states, spec.slot(), spec);
        }
    }
}
