package org.gatewayusers.persistence.sgw;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.gatewayusers.application.sgw.TaskBacklog;

/** The unfinished tasks of every gateway and the oldest one's submission, in one query on the state index. */
@ApplicationScoped
class JdbcTaskBacklog implements TaskBacklog {

    static final String MEASURE = "SELECT COUNT(*), MIN(created_at) FROM sgw_task WHERE state IN ('INITIALIZED', 'RUNNING')";

    @Resource(lookup = "jdbc/gatewayUsers")
    DataSource dataSource;

    JdbcTaskBacklog() {
    }

    JdbcTaskBacklog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Snapshot measure() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(MEASURE)) {
            statement.setQueryTimeout(5);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                long unfinished = result.getLong(1);
                long oldest = result.getLong(2);
                return new Snapshot(unfinished, result.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochSecond(oldest)));
            }
        } catch (SQLException failed) {
            throw new IllegalStateException("the task backlog could not be measured", failed);
        }
    }
}
