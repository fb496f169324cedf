package dev.kinship.runtime.write;

import dev.kinship.dsl.Associations;
import dev.kinship.dsl.ReferentialAction;
import dev.kinship.dsl.Schema;
import java.util.List;

/** One parent, its children, and one delete rule, declared with or without hooks and constraints. */
final class RuleModels {

    private RuleModels() {
    }

    static Schema schema(ReferentialAction onDelete, boolean hooks, boolean constraints) {
        return Schema.builder().model(Parent.class).model(Child.class)
            .associate(Associations.of(Parent.class)
                .hasMany(Child.class).foreignKey("parentId").as("children").onDelete(onDelete).hooks(hooks)
                .constraints(constraints))
            .associate(Associations.of(Child.class)
                .belongsTo(Parent.class).foreignKey("parentId").as("parent").constraints(constraints))
            .build();
    }

    static class Parent {
        Long id;
        String name;
        List<Child> children;

        Parent() {
        }

        Parent(String name) {
            this.name = name;
        }

        public List<Child> getChildren() {
            return children;
        }
    }

    static class Child {
        Long id;
        String name;
        Long parentId;
        Parent parent;

        Child() {
        }

        Child(String name, Long parentId) {
            this.name = name;
            this.parentId = parentId;
        }

        public Parent getParent() {
            return parent;
        }

        @Override
        public String toString() {
            return "Child " + name;
        }
    }
}
