package cn.nianbao.workflow.diagram;

import java.util.List;

/** The drawable parts of a process diagram, free of the engine's types, so the SVG writer is plain Java. */
public final class DiagramParts {

    private DiagramParts() {}

    public enum Kind {
        EVENT,
        TASK,
        GATEWAY
    }

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
