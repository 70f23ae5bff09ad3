package cn.nianbao;

import jakarta.annotation.PreDestroy;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Drops the per-context MariaDB database when the test context closes, so test runs leave nothing behind. */
@Component
@Profile("mariadb")
@ConditionalOnProperty(name = "nianbao.test.drop-database", havingValue = "true", matchIfMissing = true)
class DropTestDatabase {

    private final JdbcTemplate jdbc;

    DropTestDatabase(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @PreDestroy
    void drop() {
        String name = jdbc.queryForObject("select database()", String.class);
        if (name != null && name.startsWith("nianbao_test_")) {
            jdbc.execute("drop database `" + name + "`");
        }
    }
}
