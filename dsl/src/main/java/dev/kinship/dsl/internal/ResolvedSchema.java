package dev.kinship.dsl.internal;

import dev.kinship.dsl.Association;
import dev.kinship.dsl.JoinTable;
import dev.kinship.dsl.ModelInfo;
import java.util.List;

/** What {@link SchemaResolver} hands to {@code Schema}: frozen models, associations and join tables. */
public record ResolvedSchema(List<ModelInfo> models, List<Association> associations, List<JoinTable> joinTables) {

    public ResolvedSchema {
        models = List.copyOf(models);
        associations = List.copyOf(associations);
        joinTables = List.copyOf(joinTables);
    }
}
