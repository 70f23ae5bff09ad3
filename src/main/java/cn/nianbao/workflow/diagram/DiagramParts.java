package cn.nianbao.workflow.diagram;

import java.util.List;

/** The drawable parts of a process diagram, free of the engine's types, so the SVG writer is plain Java. */
public final class DiagramParts {

    private DiagramParts() {}

    public enum Kind {
        EVENT,
        TASK,
        GATEWAY,
        /** An embedded sub-process (起草), drawn as a box around its steps. */
        SUB_PROCESS,
        /** An event sub-process (分工起草), drawn dashed as BPMN does. */
        EVENT_SUB_PROCESS
    }

    /** How a part of the draft handed to a colleague stands (分工起草). */
    public enum PartState {
        OPEN("open"),
        FINISHED("finished"),
        CANCELLED("cancelled");

        final String cssClass;

        PartState(String cssClass) {
            this.cssClass = cssClass;
        }
    }

    /** One part of the draft handed out: which part, to whom, and how it stands, in words and as a state. */
    public record PartRow(String id, String part, String owner, String stateLabel, PartState state) {}

    /** Taken: the process passed here at least once; current: a step open now (drawn over taken). */
    public enum State {
        TAKEN("taken"),
        NOT_TAKEN("not-taken"),
        CURRENT("current");

        final String cssClass;

        State(String cssClass) {
            this.cssClass = cssClass;
        }
    }

    public record Node(
            String id, Kind kind, String name, double x, double y, double width, double height, State state) {}

    public record Point(double x, double y) {}

    public record Edge(String id, String name, List<Point> points, State state) {}
}
