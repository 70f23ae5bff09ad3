/**
 * The approval chain (processes/annual-report.bpmn20.xml) and every task action. The only module that imports
 * org.flowable: the rest of the application sees {@link cn.nianbao.workflow.ReportWorkflow} (and, for the year start
 * and the deadline scan, {@link cn.nianbao.workflow.ReportStarts} and {@link cn.nianbao.workflow.OpenSteps}) and plain
 * records: the work items, and the events it publishes as steps happen ({@link cn.nianbao.workflow.StepOffered},
 * {@link cn.nianbao.workflow.ReportReturned}, …, ids only) for the other modules to react to. It composes no message
 * and knows no due date.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"agency", "base", "report", "report :: format", "report :: trusted", "security"})
package cn.nianbao.workflow;
