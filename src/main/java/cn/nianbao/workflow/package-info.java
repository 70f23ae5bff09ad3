/**
 * The approval chain (processes/annual-report.bpmn20.xml) and every task action. The only module that imports
 * org.flowable: the rest of the application sees {@link cn.nianbao.workflow.ReportWorkflow} and plain records.
 */
package cn.nianbao.workflow;
