package cn.nianbao.workflow;

import java.util.List;

/**
 * A task whose holder's account was disabled and that nobody of the agency could take over; {@code told} are the
 * agency's 分管领导 and 主要领导 and the coordinators above it, who must see that someone is given the role.
 */
public record WorkWithoutHolder(long reportId, long historyId, List<String> told) {

    public WorkWithoutHolder {
        told = List.copyOf(told);
    }
}
