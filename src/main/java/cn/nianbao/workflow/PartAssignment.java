package cn.nianbao.workflow;

import cn.nianbao.report.DraftPart;

/** One part of a draft handed to a colleague (分工起草), and how it stands. */
public record PartAssignment(DraftPart part, String ownerUsername, String ownerName, State state) {

    public enum State {
        OPEN("起草中"),
        FINISHED("已完成"),
        CANCELLED("已取消");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
