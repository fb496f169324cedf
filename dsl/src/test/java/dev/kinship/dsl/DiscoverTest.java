package dev.kinship.dsl;

import static dev.kinship.dsl.AssociationKind.BELONGS_TO;
import static dev.kinship.dsl.AssociationKind.HAS_ONE;
import static dev.kinship.dsl.ReferentialAction.CASCADE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.from;

import org.junit.jupiter.api.Test;

/** The guide's "associate method" style: {@code Schema.builder().discover(...)}. */
class DiscoverTest {

    static class User {
        Long id;
        String username;
        Profile profile;

        private static Associations associate() {
            return Associations.of(User.class)
                .hasOne(Profile.class).foreignKey("userId").as("profile").onDelete(CASCADE);
        }
    }

    static class Profile {
        Long id;
        Long userId;
        User user;

        static Associations associate() {
            return Associations.of(Profile.class)
                .belongsTo(User.class).foreignKey("userId").as("user");
        }
    }

    static class Tag {
        Long id;
        String name;
    }

    static class Silent {
        Long id;

        static Associations associate() {
            return null;
        }
    }

    static class Failing {
        Long id;

        static Associations associate() {
            throw new IllegalStateException("not ready");
        }
    }

    static class InstanceMethod {
        Long id;
        Tag tag;

        Associations associate() {
            return Associations.of(InstanceMethod.class).belongsTo(Tag.class);
        }
    }

    @Test
    void discover_privateAndPackagePrivateAssociate_addsTheirDeclarations() {
        Schema schema = Schema.builder().discover(User.class, Profile.class).build();

        assertThat(schema.association(User.class, "profile"))
            .returns(HAS_ONE, from(Association::kind))
            .returns(Profile.class, from(Association::target))
            .returns("userId", from(Association::foreignKey))
            .returns(CASCADE, from(Association::onDelete));
        assertThat(schema.association(Profile.class, "user"))
            .returns(BELONGS_TO, from(Association::kind))
            .returns("userId", from(Association::foreignKey))
            .returns(CASCADE, from(Association::onDelete));
    }

    @Test
    void discover_classWithoutAssociate_registersModelOnly() {
        Schema schema = Schema.builder().discover(Tag.class).build();

        assertThat(schema.model(Tag.class).columns()).containsExactly("id", "name");
        assertThat(schema.associations(Tag.class)).isEmpty();
    }

    @Test
    void discover_mixedWithModelOptions_keepsTheOptions() {
        Schema schema = Schema.builder()
            .model(Profile.class, m -> m.table("profiles"))
            .discover(User.class, Profile.class)
            .build();

        assertThat(schema.model(Profile.class).table()).isEqualTo("profiles");
        assertThat(schema.models()).extracting(ModelInfo::type).containsExactly(Profile.class, User.class);
    }

    @Test
    void discover_associateReturnsNull_failsNamingTheMethod() {
        assertThatThrownBy(() -> Schema.builder().discover(Silent.class))
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Silent.associate() returned null. Return the chain, e.g. return "
                + "Associations.of(Silent.class).hasMany(...);");
    }

    @Test
    void discover_associateThrows_failsWithTheCause() {
        assertThatThrownBy(() -> Schema.builder().discover(Failing.class))
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Failing.associate() threw java.lang.IllegalStateException: not ready. "
                + "Fix the declaration inside it.")
            .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void discover_associateNotStatic_failsInsteadOfIgnoringIt() {
        assertThatThrownBy(() -> Schema.builder().discover(InstanceMethod.class))
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("InstanceMethod.associate() is an instance method, so discover(...) cannot call it and its "
                + "associations would be lost. Declare it as static Associations associate().");
    }
}
