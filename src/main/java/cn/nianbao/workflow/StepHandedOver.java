package cn.nianbao.workflow;

/** A step handed to someone without a decision (转办, 委派, or a delegate's 办毕 back to the delegator). */
public record StepHandedOver(long reportId, long historyId, String to, Kind kind) {

    public enum Kind {
        TRANSFERRED,
        DELEGATED,
        RESOLVED
    }
}
