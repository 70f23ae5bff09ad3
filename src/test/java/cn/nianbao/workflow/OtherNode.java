package cn.nianbao.workflow;

import cn.nianbao.NianbaoApplication;
import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/** Another application node in the same JVM, on the same database as the test's own context. */
public final class OtherNode {

    private OtherNode() {}

    public static ConfigurableApplicationContext start(
            DataSource sameDatabase, Environment environment, String... arguments) {
        List<String> all = new ArrayList<>(List.of(
                // arguments, not default properties: those would lose against the profiles' own database URL
                "--spring.datasource.url=" + ((HikariDataSource) sameDatabase).getJdbcUrl(),
                "--server.port=0",
                // the database belongs to the test's context, which drops it at the end
                "--nianbao.test.drop-database=false"));
        all.addAll(List.of(arguments));
        return new SpringApplicationBuilder(NianbaoApplication.class)
                .profiles(environment.getActiveProfiles())
                .run(all.toArray(String[]::new));
    }
}
