/**
 * Every message a person gets, in-app and by mail: the module owns their texts and links. It reacts to the other
 * modules' events after they commit ({@code @ApplicationModuleListener}: the chain's steps, the deadline scan, a
 * publication, told to the drafter and to the coordinators above the agency, a coordinator's 催办), each delivery
 * kept in the event publication registry until it is done and retried when it failed
 * ({@link cn.nianbao.base.FailedDeliveries}). People read their own messages through
 * {@link cn.nianbao.notification.NotificationService}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "agency",
            "base",
            "base :: ui",
            "coordination",
            "deadline",
            "publication",
            "report",
            "report :: trusted",
            "security",
            "workflow"
        })
package cn.nianbao.notification;
