package cn.nianbao.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml as the operations section of the README promises it (no Docker engine runs on the build
 * machines, so this reads the file): MySQL in utf8mb4 at READ COMMITTED, the app on the mysql profile with the URL
 * options it needs, and one port in front of as many app nodes as are started.
 */
class DeploymentFilesTest {

    private static final Path COMPOSE = Path.of("docker-compose.yml");

    @Test
    @SuppressWarnings("unchecked")
    void the_compose_file_runs_mysql_and_the_app_behind_one_port() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(COMPOSE));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        assertThat(services).containsOnlyKeys("mysql", "app", "proxy");

        Map<String, Object> mysql = services.get("mysql");
        assertThat((String) mysql.get("image")).startsWith("mysql:8.4");
        assertThat((List<String>) mysql.get("command"))
                .contains("--character-set-server=utf8mb4", "--transaction-isolation=READ-COMMITTED");

        Map<String, Object> app = services.get("app");
        assertThat(app).as("no host port, so that --scale app=2 works").doesNotContainKey("ports");
        Map<String, String> environment = (Map<String, String>) app.get("environment");
        assertThat(environment.get("SPRING_PROFILES_ACTIVE")).contains("mysql");
        assertThat(environment.get("NIANBAO_DB_URL"))
                .contains("nullDatabaseMeansCurrent=true")
                .contains("utf8mb4");

        Map<String, Object> proxy = services.get("proxy");
        assertThat((List<String>) proxy.get("ports")).containsExactly("8080:8080");
        String mount = ((List<String>) proxy.get("volumes")).getFirst();
        Path nginx = Path.of(mount.substring(0, mount.indexOf(':')));
        assertThat(Files.readString(nginx)).contains("ip_hash").contains("server app:8080");
    }
}
