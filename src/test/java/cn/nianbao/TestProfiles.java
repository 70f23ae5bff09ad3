package cn.nianbao;

import java.util.ArrayList;
import java.util.List;
import org.springframework.test.context.ActiveProfilesResolver;

/**
 * The integration suite runs twice in {@code ./mvnw verify}: on H2, and with {@code -Dnianbao.test.db=mariadb} on
 * the machine's MariaDB server through the production MySQL profile (a database per application context).
 */
public class TestProfiles implements ActiveProfilesResolver {

    public static final String DATABASE_PROPERTY = "nianbao.test.db";

    @Override
    public String[] resolve(Class<?> testClass) {
        List<String> profiles = new ArrayList<>(List.of("test", "demo"));
        if ("mariadb".equals(System.getProperty(DATABASE_PROPERTY))) {
            profiles.add("mysql");
            profiles.add("mariadb");
        }
        return profiles.toArray(String[]::new);
    }
}
