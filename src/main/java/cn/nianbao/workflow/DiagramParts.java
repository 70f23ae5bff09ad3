package cn.nianbao.workflow;

import java.util.List;

/** The drawable parts of a process diagram, free of the engine's types, so the SVG writer is plain Java. */
final class DiagramParts {

    private DiagramParts() {
    }

    enum Kind { EVENT, TASK, GATEWAY }

    /** Taken: the process passed here at least once; current: a step open now (drawn over taken). */
    enum State {
        TAKEN("taken"), NOT_TAKEN("not-taken"), CURRENT("current");

        final String cssClass;

        State(String cssClass) {
            this.cssClass = cssClass;
        }
    }

    record Node(String id, Kind kind, String name, double x, double y, double width, double height, State state) {
    }

    record Point(double x, double y) {
    }

    record Edge(String id, String name, List<Point> points, State state) {
    }
}
