package cn.nianbao.workflow;

/**
 * The 发布 step of the chain is running (an engine job after the sign-off): whoever publishes must do it now, in the
 * job's transaction, and throw to refuse, so that the job is retried and the process waits. Published synchronously.
 */
public record PublicationDue(long reportId) {}
