package cn.nianbao.workflow;

import cn.nianbao.base.UserFacingException;

/** A task action that was refused or could not complete; the message tells the person, in Chinese, what to do. */
public class WorkflowActionException extends UserFacingException {

    public static final String TASK_GONE = "该任务已由他人处理或已撤回，请返回待办列表刷新。";

    public WorkflowActionException(String message) {
        super(message);
    }

    /** Refuses with {@code message}: for an {@code Optional} of the reason, {@code reason.ifPresent(refuse)}. */
    static void refuse(String message) {
        throw new WorkflowActionException(message);
    }
}
