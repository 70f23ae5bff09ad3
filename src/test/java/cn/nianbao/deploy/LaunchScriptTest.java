package cn.nianbao.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * deploy/nianbao.sh, the production launch, run for real with a stand-in for the JVM: an older Java first on the
 * PATH (a Debian machine's default 17) is named in one line instead of the JVM's "Unrecognized VM option".
 */
class LaunchScriptTest {

    @TempDir
    Path dir;

    @Test
    void an_older_java_is_refused_with_the_version_it_found() throws Exception {
        Path home = application();
        Path jdk = fakeJava("21");

        Result result = launch(home, jdk);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output()).contains("Nianbao needs Java 25 or later").contains("is 21");
    }

    @Test
    void java_25_starts_the_application_with_its_aot_cache() throws Exception {
        Path home = application();
        Path jdk = fakeJava("25");

        Result result = launch(home, jdk);

        assertThat(result.exitCode()).isZero();
        assertThat(result.output())
                .contains("started with -XX:AOTCache=" + home.resolve("nianbao.aot"))
                .contains("-jar " + home.resolve("nianbao.jar") + " --server.port=9090");
    }

    private Path application() throws IOException {
        Path home = Files.createDirectories(dir.resolve("app"));
        Files.createFile(home.resolve("nianbao.jar"));
        Files.createFile(home.resolve("nianbao.aot"));
        return home;
    }

    /** A "java" that answers -XshowSettings like a JDK of that version and otherwise echoes how it was started. */
    private Path fakeJava(String version) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("jdk").resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, """
                #!/usr/bin/env bash
                if [[ $1 == -XshowSettings:properties ]]; then
                    echo "    java.specification.version = %s" >&2
                    exit 0
                fi
                echo "started with $*"
                """.formatted(version));
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin.getParent();
    }

    private static Result launch(Path home, Path jdk) throws IOException, InterruptedException {
        ProcessBuilder builder =
                new ProcessBuilder("bash", "deploy/nianbao.sh", "--server.port=9090").redirectErrorStream(true);
        builder.environment().put("NIANBAO_HOME", home.toString());
        builder.environment().put("JAVA_HOME", jdk.toString());
        builder.environment().remove("JAVA_OPTS");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }

    private record Result(int exitCode, String output) {}
}
