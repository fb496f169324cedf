package dev.kinship.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EngineTest {

    @Test
    void ofBenchmark_postgresClass_isPostgresql() {
        assertThat(Engine.ofBenchmark("dev.kinship.benchmarks.PostgresLoadingBenchmark.w2_jdbc"))
                .isEqualTo(Engine.POSTGRESQL);
        assertThat(Engine.ofBenchmark("dev.kinship.benchmarks.EagerLoadingBenchmark.w2_jdbc")).isEqualTo(Engine.SQLITE);
        assertThat(Engine.ofBenchmark("w2_jdbc")).isEqualTo(Engine.SQLITE);
    }

    @Test
    void fileSuffix_keepsSqliteFileNamesAndMarksPostgresql() {
        assertThat(Engine.SQLITE.fileSuffix()).isEmpty();
        assertThat(Engine.POSTGRESQL.fileSuffix()).isEqualTo("-postgresql");
    }
}
