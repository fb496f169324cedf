package dev.kinship.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WorkloadTest {

    @Test
    void ofMethod_qualifiedName_findsTheWorkloadAndContender() {
        String method = "dev.kinship.benchmarks.EagerLoadingBenchmark.w2_hibernateBatch";
        assertThat(Workload.ofMethod(method)).hasValue(Workload.W2);
        assertThat(Workload.contenderOf(method)).isEqualTo("hibernateBatch");
    }

    @Test
    void contenderOf_nameWithoutWorkload_isRejected() {
        assertThat(Workload.ofMethod("postsWithAuthor")).isEmpty();
        assertThatThrownBy(() -> Workload.contenderOf("postsWithAuthor"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Benchmark method 'postsWithAuthor' does not follow the naming"
                        + " '<workload>_<contender>' (e.g. 'w1_jdbc'). Rename it so its times can be tied"
                        + " to a workload and a contender.");
    }
}
