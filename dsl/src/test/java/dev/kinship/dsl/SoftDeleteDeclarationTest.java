package dev.kinship.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SoftDeleteDeclarationTest {

    static class Team {
        Long id;
    }

    static class Member {
        Long id;
    }

    static class Membership {
        Long id;
        Long teamId;
        Long memberId;
        Instant deletedAt;
        String note;
    }

    private static Schema.Builder builder(java.util.function.Consumer<Through> through) {
        return Schema.builder().model(Team.class).model(Member.class).model(Membership.class)
            .associate(Associations.of(Team.class)
                .belongsToMany(Member.class).through(Membership.class, through).as("members"));
    }

    @Test
    void softDelete_withHidingScope_isResolved() {
        Schema schema = builder(t -> t.unique(false).scope("deletedAt", null).softDelete("deletedAt")).build();
        assertThat(schema.association(Team.class, "members").throughSoftDelete()).contains("deletedAt");
    }

    @Test
    void softDelete_absentByDefault() {
        Schema schema = builder(t -> t.scope("deletedAt", null)).build();
        assertThat(schema.association(Team.class, "members").throughSoftDelete()).isEmpty();
    }

    @Test
    void softDelete_withoutHidingScope_isRefused() {
        assertThatThrownBy(builder(t -> t.unique(false).softDelete("deletedAt"))::build)
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Team.belongsToMany(Member) as 'members': softDelete(\"deletedAt\") marks removed join rows, but "
                + "the through scope does not hide them. Add t.scope(\"deletedAt\", null) next to "
                + "softDelete(\"deletedAt\").");
    }

    @Test
    void softDelete_onFieldThatIsNotATime_isRefused() {
        assertThatThrownBy(builder(t -> t.unique(false).scope("note", null).softDelete("note"))::build)
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Team.belongsToMany(Member) as 'members': softDelete(\"note\") needs an Instant, LocalDateTime "
                + "or LocalDate field 'note' on join model Membership, but it is String. Add such a field, or remove "
                + "softDelete.");
    }

    @Test
    void softDelete_withUniquePairs_isRefused() {
        assertThatThrownBy(builder(t -> t.scope("deletedAt", null).softDelete("deletedAt"))::build)
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Team.belongsToMany(Member) as 'members': softDelete(\"deletedAt\") keeps removed join rows, so "
                + "the same pair is linked again by a new row: join model Membership needs an id field and "
                + "t.unique(false). Add them, or remove softDelete.");
    }

    @Test
    void softDelete_blankField_failsAtTheCall() {
        assertThatThrownBy(() -> builder(t -> t.softDelete(" ")))
            .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("softDelete field must not be blank");
    }
}
