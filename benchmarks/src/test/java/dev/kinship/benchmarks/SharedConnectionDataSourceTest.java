package dev.kinship.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class SharedConnectionDataSourceTest {

    @Test
    void close_onBorrowedConnection_resetsItAndKeepsThePhysicalOneOpen() throws SQLException {
        try (BlogDataSet dataSet = BlogDataSet.create(3);
             SharedConnectionDataSource dataSource = SqliteConnections.dataSource(dataSet.file())) {
            Connection first = dataSource.getConnection();
            first.setAutoCommit(false);
            first.close();
            Connection second = dataSource.getConnection();
            assertThat(second.isClosed()).isFalse();
            assertThat(second.getAutoCommit()).isTrue();
            second.abort(Runnable::run);
            assertThat(dataSource.getConnection().isClosed()).isFalse();
        }
    }

    @Test
    void getConnection_afterClose_isRejected() throws SQLException {
        try (BlogDataSet dataSet = BlogDataSet.create(3)) {
            SharedConnectionDataSource dataSource = SqliteConnections.dataSource(dataSet.file());
            dataSource.close();
            assertThatThrownBy(dataSource::getConnection)
                    .isInstanceOf(SQLException.class)
                    .hasMessage("The benchmark connection is closed: the trial that opened it has ended.");
        }
    }
}
