package cn.nianbao.workflow;

/**
 * A step handed to someone without a decision (转办, 委派, a delegate's 办毕 back to the delegator, or a part of a
 * draft handed back to the drafter when its owner's account was disabled).
 */
public record StepHandedOver(long reportId, long historyId, String to, Kind kind) {

    public enum Kind {
        TRANSFERRED,
        DELEGATED,
        RESOLVED,
        HANDED_BACK
    }
}
