package cn.nianbao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The application modules (the top-level packages under {@code cn.nianbao}) as Spring Modulith sees them: no cycles,
 * and no module reaching into another one's internals or a sub-package that is not a named interface.
 */
class ModularityTests {

    /** Where {@link Documenter} writes by default in a Maven build. */
    private static final Path DOCS = Path.of("target", "spring-modulith-docs");

    private final ApplicationModules modules = ApplicationModules.of(NianbaoApplication.class);

    @Test
    void the_modules_respect_each_others_boundaries() {
        modules.verify();
    }

    /**
     * Each module says which others it may use ({@code @ApplicationModule(allowedDependencies = …)} in its
     * package-info), so that a new dependency is a decision someone wrote down, and {@link #modules} checks it.
     */
    @Test
    void every_module_declares_the_modules_it_may_depend_on() {
        assertThat(modules.stream())
                .allSatisfy(module -> assertThat(module.getBasePackage()
                                .getAnnotation(org.springframework.modulith.ApplicationModule.class))
                        .as(module.getIdentifier().toString())
                        .hasValueSatisfying(annotation -> assertThat(annotation.allowedDependencies())
                                .isNotEqualTo(
                                        new String[] {org.springframework.modulith.ApplicationModule.OPEN_TOKEN})));
    }

    @Test
    void the_module_documentation_is_written_with_a_diagram_of_every_module() throws IOException {
        deleteRecursively(DOCS);

        new Documenter(modules).writeDocumentation();

        assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("agency", "report", "workflow", "publication", "security", "base");
        assertThat(modules.stream())
                .allSatisfy(module -> assertThat(DOCS.resolve("module-" + module.getIdentifier() + ".puml"))
                        .content()
                        .contains("@startuml"));
        assertThat(DOCS.resolve("components.puml")).content().contains("@startuml", "Component(", "Rel(");
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
