package cn.nianbao;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Each line of code knows its room: Flowable in workflow, Vaadin in ui packages, the national format plain Java. */
@AnalyzeClasses(packagesOf = NianbaoApplication.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule only_the_workflow_module_uses_flowable = noClasses()
            .that().resideOutsideOfPackage("cn.nianbao.workflow..")
            .should().dependOnClassesThat().resideInAPackage("org.flowable..");

    @ArchTest
    static final ArchRule only_ui_packages_use_vaadin = noClasses()
            .that().resideOutsideOfPackage("cn.nianbao..ui..")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..");

    /**
     * The national format is plain Java. Its {@code package-info} is left out: it carries only Spring Modulith's
     * {@code @NamedInterface}, metadata for the module check that no format class ever sees at run time.
     */
    @ArchTest
    static final ArchRule the_report_format_is_plain_java = noClasses()
            .that().resideInAPackage("cn.nianbao.report.format..")
            .and().doNotHaveSimpleName("package-info")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..",
                    "org.flowable..", "jakarta.persistence..");

    /** The project's own ui packages; Spring MVC's {@code org.springframework.ui.Model} is not one of them. */
    @ArchTest
    static final ArchRule services_never_depend_on_ui_packages = noClasses()
            .that().resideOutsideOfPackage("cn.nianbao..ui..")
            .should().dependOnClassesThat().resideInAPackage("cn.nianbao..ui..");

    @ArchTest
    static final ArchRule the_feature_packages_are_free_of_cycles = slices()
            .matching("cn.nianbao.(*)..")
            .should().beFreeOfCycles();
}
