package cn.nianbao.workflow;

import cn.nianbao.report.ReportService;
import cn.nianbao.workflow.diagram.DiagramParts.Edge;
import cn.nianbao.workflow.diagram.DiagramParts.Kind;
import cn.nianbao.workflow.diagram.DiagramParts.Node;
import cn.nianbao.workflow.diagram.DiagramParts.PartRow;
import cn.nianbao.workflow.diagram.DiagramParts.PartState;
import cn.nianbao.workflow.diagram.DiagramParts.Point;
import cn.nianbao.workflow.diagram.DiagramParts.State;
import cn.nianbao.workflow.diagram.DiagramSvg;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.Event;
import org.flowable.bpmn.model.EventSubProcess;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.Gateway;
import org.flowable.bpmn.model.GraphicInfo;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.SubProcess;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The diagram of one report's process: shapes and waypoints from the BPMN's diagram data, the path from the history.
 * The history, not the model, says what was taken, so a return loop is marked only when a return really happened.
 * The steps inside 起草 (the drafter's task and the event sub-process 分工起草) are drawn inside its box, and the parts
 * handed out are listed below with their owners and how they stand ({@link DraftParts}). The drawing itself is plain
 * Java ({@code workflow.diagram}).
 */
@Component
@Transactional(readOnly = true)
public class ProcessDiagram {

    private static final String SEQUENCE_FLOW = "sequenceFlow";

    private final RepositoryService repository;
    private final HistoryService history;
    private final ReportService reports;
    private final DraftParts parts;

    ProcessDiagram(RepositoryService repository, HistoryService history, ReportService reports, DraftParts parts) {
        this.repository = repository;
        this.history = history;
        this.reports = reports;
        this.parts = parts;
    }

    /**
     * The SVG of the report's process, running or finished: the path taken (returns included), the step open now;
     * empty for a report that never ran through the chain (one imported from its published text). A report the
     * person may not see is {@link cn.nianbao.report.ReportNotFoundException}, as everywhere else.
     */
    public Optional<String> of(long reportId) {
        reports.view(reportId);
        return instanceOf(reportId).map(instance -> render(instance, partRows(reportId)));
    }

    private Optional<HistoricProcessInstance> instanceOf(long reportId) {
        return history
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(ProcessKeys.PROCESS)
                .processInstanceBusinessKey(String.valueOf(reportId))
                .orderByProcessInstanceStartTime()
                .desc()
                .orderByProcessInstanceId()
                .desc()
                .listPage(0, 1)
                .stream()
                .findFirst();
    }

    private List<PartRow> partRows(long reportId) {
        return parts.assignments(reportId).stream()
                .map(a -> new PartRow(
                        a.part().name(),
                        a.part().label(),
                        a.ownerName(),
                        a.state().label(),
                        switch (a.state()) {
                            case OPEN -> PartState.OPEN;
                            case FINISHED -> PartState.FINISHED;
                            case CANCELLED -> PartState.CANCELLED;
                        }))
                .toList();
    }

    private String render(HistoricProcessInstance instance, List<PartRow> partRows) {
        List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId())
                .list();
        Set<String> taken = new HashSet<>();
        Set<String> current = new HashSet<>();
        for (HistoricActivityInstance activity : activities) {
            taken.add(activity.getActivityId());
            if (activity.getEndTime() == null && !SEQUENCE_FLOW.equals(activity.getActivityType())) {
                current.add(activity.getActivityId());
            }
        }
        BpmnModel model = repository.getBpmnModel(instance.getProcessDefinitionId());
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        for (FlowElement element : allOf(model.getMainProcess().getFlowElements())) {
            State state = stateOf(element, taken, current);
            if (element instanceof SequenceFlow flow) {
                List<GraphicInfo> waypoints = model.getFlowLocationGraphicInfo(flow.getId());
                if (waypoints != null) {
                    edges.add(new Edge(
                            flow.getId(),
                            flow.getName(),
                            waypoints.stream()
                                    .map(g -> new Point(g.getX(), g.getY()))
                                    .toList(),
                            state));
                }
            } else {
                GraphicInfo shape = model.getGraphicInfo(element.getId());
                if (shape != null) {
                    nodes.add(new Node(
                            element.getId(),
                            kindOf(element),
                            element.getName(),
                            shape.getX(),
                            shape.getY(),
                            shape.getWidth(),
                            shape.getHeight(),
                            state));
                }
            }
        }
        return DiagramSvg.render(titleOf(instance), nodes, edges, partRows);
    }

    private String titleOf(HistoricProcessInstance instance) {
        ProcessDefinition definition = repository.getProcessDefinition(instance.getProcessDefinitionId());
        return definition.getName() != null ? definition.getName() : ProcessKeys.PROCESS;
    }

    /**
     * A boundary event (取消分工) waits as long as its task is open, which the engine records as an open activity: it
     * counts as taken only once the flow leaving it was taken, and is never the current step.
     */
    private static State stateOf(FlowElement element, Set<String> taken, Set<String> current) {
        if (element instanceof BoundaryEvent boundary) {
            return boundary.getOutgoingFlows().stream().anyMatch(flow -> taken.contains(flow.getId()))
                    ? State.TAKEN
                    : State.NOT_TAKEN;
        }
        return current.contains(element.getId())
                ? State.CURRENT
                : taken.contains(element.getId()) ? State.TAKEN : State.NOT_TAKEN;
    }

    /** The elements with those of the sub-processes, each box before what it holds (drawn behind it). */
    private static List<FlowElement> allOf(Collection<FlowElement> elements) {
        List<FlowElement> all = new ArrayList<>();
        for (FlowElement element : elements) {
            all.add(element);
            if (element instanceof SubProcess sub) {
                all.addAll(allOf(sub.getFlowElements()));
            }
        }
        return all;
    }

    private static Kind kindOf(FlowElement element) {
        if (element instanceof EventSubProcess) {
            return Kind.EVENT_SUB_PROCESS;
        }
        if (element instanceof SubProcess) {
            return Kind.SUB_PROCESS;
        }
        if (element instanceof Event) {
            return Kind.EVENT;
        }
        return element instanceof Gateway ? Kind.GATEWAY : Kind.TASK;
    }
}
