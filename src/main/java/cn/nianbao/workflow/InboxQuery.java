package cn.nianbao.workflow;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.flowable.engine.TaskService;
import org.flowable.task.api.NativeTaskQuery;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;

/**
 * The first page of a person's 待办, found through indexes. The engine's own query for "assigned to me or offered to
 * my groups" is an OR over every open task with a correlated sub-select per task, so its time grows with all the
 * open tasks of the province (B2 in docs/PERFORMANCE.md). Here each half starts from an indexed identity link: the
 * candidate links of the person's groups, and the participant link the engine writes for every assignee on the
 * task's process instance; both halves then check the task itself exactly as the engine's query does.
 */
@Component
class InboxQuery {

    private static final String OPEN_TASK_OF_THE_CHAIN = " and RES.SUSPENSION_STATE_ = 1 and RES.PROC_DEF_ID_ in "
            + "(select D.ID_ from ACT_RE_PROCDEF D where D.KEY_ = #{processKey})";

    private final TaskService taskService;

    InboxQuery(TaskService taskService) {
        this.taskService = taskService;
    }

    /**
     * Newest first, at most {@code size}: the tasks assigned to {@code username} (steps of the chain and parts of
     * drafts handed to them, which are tasks of the same process) or offered to one of its groups. The engine has no index on the assignee: asking it for
     * the person's parts directly read every open task (225 ms among 100,000 on MariaDB, B2).
     */
    List<Task> page(String username, Collection<String> groups, int size) {
        List<String> groupList = List.copyOf(groups);
        String placeholders = groupList.isEmpty()
                ? "null"
                : IntStream.range(0, groupList.size())
                        .mapToObj(i -> "#{group" + i + "}")
                        .collect(Collectors.joining(", "));
        String sql = "select RES.* from ACT_RU_TASK RES where RES.ASSIGNEE_ is null and RES.ID_ in "
                + "(select LINK.TASK_ID_ from ACT_RU_IDENTITYLINK LINK where LINK.TYPE_ = 'candidate' "
                + "and LINK.GROUP_ID_ in (" + placeholders + "))"
                + OPEN_TASK_OF_THE_CHAIN
                + " union all "
                + "select RES.* from ACT_RU_TASK RES where RES.ASSIGNEE_ = #{username} and RES.PROC_INST_ID_ in "
                + "(select LINK.PROC_INST_ID_ from ACT_RU_IDENTITYLINK LINK where LINK.TYPE_ = 'participant' "
                + "and LINK.USER_ID_ = #{username})"
                + OPEN_TASK_OF_THE_CHAIN
                + " order by CREATE_TIME_ desc, ID_ desc";
        NativeTaskQuery query = taskService
                .createNativeTaskQuery()
                .sql(sql)
                .parameter("processKey", ProcessKeys.PROCESS)
                .parameter("username", username);
        for (int i = 0; i < groupList.size(); i++) {
            query.parameter("group" + i, groupList.get(i));
        }
        return query.listPage(0, size);
    }

    /**
     * Newest first, at most {@code size}: the tasks {@code username} delegated (委派) that have not come back yet. Like
     * the assigned half of {@link #page}, it starts from the participant link the engine wrote when the person held
     * the task, since neither the owner nor the delegation state has an index.
     */
    List<Task> delegatedBy(String username, int size) {
        String sql = "select RES.* from ACT_RU_TASK RES where RES.OWNER_ = #{username} "
                + "and RES.DELEGATION_ = 'PENDING' and RES.PROC_INST_ID_ in "
                + "(select LINK.PROC_INST_ID_ from ACT_RU_IDENTITYLINK LINK where LINK.TYPE_ = 'participant' "
                + "and LINK.USER_ID_ = #{username})"
                + OPEN_TASK_OF_THE_CHAIN
                + " order by RES.CREATE_TIME_ desc, RES.ID_ desc";
        return taskService
                .createNativeTaskQuery()
                .sql(sql)
                .parameter("processKey", ProcessKeys.PROCESS)
                .parameter("username", username)
                .listPage(0, size);
    }

    /**
     * The same tasks, in the same order, with their process variables (report id, drafter, submitters): one more
     * query by primary keys, which the inbox needs for separation of duties and due dates. Not with the tasks' own
     * variables too: the engine then joins the variables on "task or process instance", which no index serves (a
     * part's variables are read apart, {@link DraftParts#partsOf}).
     */
    List<Task> withVariables(List<Task> page) {
        if (page.isEmpty()) {
            return page;
        }
        Map<String, Task> loaded = taskService
                .createTaskQuery()
                .taskIds(page.stream().map(Task::getId).toList())
                .includeProcessVariables()
                .list()
                .stream()
                .collect(Collectors.toMap(Task::getId, t -> t));
        return page.stream()
                .map(task -> loaded.get(task.getId()))
                .filter(Objects::nonNull)
                .toList();
    }
}
