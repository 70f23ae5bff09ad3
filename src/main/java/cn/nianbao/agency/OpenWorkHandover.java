package cn.nianbao.agency;

import java.util.List;

/**
 * Passes a disabled person's open tasks on, in the disabling transaction, and says where each went, for the
 * administrator's confirmation. The workflow, which holds the tasks, provides it.
 */
public interface OpenWorkHandover {

    List<HandedOverWork> handOver(UserDisabled disabled);
}
