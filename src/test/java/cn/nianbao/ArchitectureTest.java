package cn.nianbao;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import cn.nianbao.notification.NotificationService;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.springframework.stereotype.Component;

/** Each line of code knows its room: Flowable in workflow, Vaadin in ui packages, the national format plain Java. */
@AnalyzeClasses(packagesOf = NianbaoApplication.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule only_the_workflow_module_uses_flowable = noClasses()
            .that()
            .resideOutsideOfPackage("cn.nianbao.workflow..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.flowable..");

    @ArchTest
    static final ArchRule only_ui_packages_use_vaadin = noClasses()
            .that()
            .resideOutsideOfPackage("cn.nianbao..ui..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.vaadin..");

    /**
     * The national format is plain Java. Its {@code package-info} is left out: it carries only Spring Modulith's
     * {@code @NamedInterface}, metadata for the module check that no format class ever sees at run time.
     */
    @ArchTest
    static final ArchRule the_report_format_is_plain_java = noClasses()
            .that()
            .resideInAPackage("cn.nianbao.report.format..")
            .and()
            .doNotHaveSimpleName("package-info")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "com.vaadin..", "org.flowable..", "jakarta.persistence..");

    /** The project's own ui packages; Spring MVC's {@code org.springframework.ui.Model} is not one of them. */
    @ArchTest
    static final ArchRule services_never_depend_on_ui_packages = noClasses()
            .that()
            .resideOutsideOfPackage("cn.nianbao..ui..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("cn.nianbao..ui..");

    @ArchTest
    static final ArchRule the_feature_packages_are_free_of_cycles =
            slices().matching("cn.nianbao.(*)..").should().beFreeOfCycles();

    /** The process adapter reports what happened (events) and leaves messages, due dates and screens to others. */
    @ArchTest
    static final ArchRule the_workflow_knows_no_messages_deadlines_or_screens = noClasses()
            .that()
            .resideInAPackage("cn.nianbao.workflow..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "cn.nianbao.notification..",
                    "cn.nianbao.deadline..",
                    "cn.nianbao.coordination..",
                    "cn.nianbao.desk..",
                    "cn.nianbao.publication..");

    /** Every message's text and link is written in one module: the others publish what happened. */
    @ArchTest
    static final ArchRule only_the_notification_module_sends_messages = noClasses()
            .that()
            .resideOutsideOfPackage("cn.nianbao.notification..")
            .should()
            .callMethodWhere(
                    target(owner(assignableTo(NotificationService.class))).and(target(name("notify"))));

    /** A component that needs more than seven others does more than one job: split it. */
    @ArchTest
    static final ArchRule no_component_has_more_than_seven_dependencies =
            classes().that().areMetaAnnotatedWith(Component.class).should(haveAtMostConstructorParameters(7));

    private static ArchCondition<JavaClass> haveAtMostConstructorParameters(int most) {
        return new ArchCondition<>("have at most " + most + " constructor parameters") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                javaClass.getConstructors().stream()
                        .filter(constructor ->
                                constructor.getRawParameterTypes().size() > most)
                        .forEach(constructor -> events.add(SimpleConditionEvent.violated(
                                constructor,
                                constructor.getFullName() + " takes "
                                        + constructor.getRawParameterTypes().size())));
            }
        };
    }
}
