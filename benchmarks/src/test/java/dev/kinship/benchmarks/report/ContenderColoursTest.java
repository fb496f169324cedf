package dev.kinship.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.List;

import org.junit.jupiter.api.Test;

class ContenderColoursTest {

    @Test
    void order_kinshipFamilyFirstThenHibernateThenOthers() {
        assertThat(ContenderColours.order(List.of("hibernateLazy", "jdbcReused", "kinshipBatched", "hibernateJoinFetch",
                "kinshipEager", "kinshipNew")))
                .containsExactly("kinshipEager", "kinshipBatched", "kinshipNew", "hibernateJoinFetch", "hibernateLazy",
                        "jdbcReused");
    }

    @Test
    void of_kinshipInBluesAndHibernateInWarmColours() {
        for (String kinship : List.of("kinshipEager", "kinshipSeparate", "kinshipJoined", "kinshipBatched",
                "kinshipPerEntity", "kinshipStream", "kinship", "kinshipNew")) {
            Color colour = ContenderColours.of(kinship);
            assertThat(colour.getBlue()).as(kinship).isGreaterThan(colour.getRed());
        }
        for (String hibernate : List.of("hibernateJoinFetch", "hibernateBatch", "hibernateLazy", "hibernateStream",
                "hibernateStateless", "hibernate", "hibernateNew")) {
            Color colour = ContenderColours.of(hibernate);
            assertThat(colour.getRed()).as(hibernate).isGreaterThan(colour.getBlue());
        }
        Color other = ContenderColours.of("jdbcReused");
        assertThat(other.getRed()).isEqualTo(other.getBlue()).isEqualTo(other.getGreen());
    }

    @Test
    void of_eachKnownContenderHasItsOwnShade() {
        List<String> known = List.of("kinshipEager", "kinshipSeparate", "kinshipJoined", "kinshipBatched",
                "kinshipPerEntity", "kinshipStream", "kinship", "hibernateJoinFetch", "hibernateBatch", "hibernateLazy",
                "hibernateStream", "hibernateStateless", "hibernate");
        assertThat(known.stream().map(ContenderColours::of).distinct()).hasSameSizeAs(known);
    }
}
