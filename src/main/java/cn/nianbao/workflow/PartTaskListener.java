package cn.nianbao.workflow;

import java.util.List;
import org.flowable.task.service.delegate.DelegateTask;
import org.flowable.task.service.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On the creation of a part's task (分工起草): the engine puts the variables of the message that started the part on
 * the process instance, where the next part's would overwrite them; they become the task's own (task-local) here, so
 * each part keeps its part, label and owner, read back from the task and its history ({@link DraftParts}). The task
 * also keeps a copy of the report id, so a part's task read with its own variables alone says whose report it is
 * (reading both kinds of variables at once costs a join no index serves).
 */
@Component("partTaskListener")
class PartTaskListener implements TaskListener {

    static final List<String> PART_VARIABLES = List.of(
            ProcessKeys.VAR_PART,
            ProcessKeys.VAR_PART_LABEL,
            ProcessKeys.VAR_SECTION_OWNER,
            ProcessKeys.VAR_SECTION_OWNER_NAME);

    @Override
    public void notify(DelegateTask task) {
        for (String name : PART_VARIABLES) {
            Object value = task.getVariable(name);
            task.removeVariable(name);
            task.setVariableLocal(name, value);
        }
        task.setVariableLocal(ProcessKeys.VAR_REPORT_ID, task.getVariable(ProcessKeys.VAR_REPORT_ID));
    }
}
