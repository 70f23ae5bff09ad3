package cn.nianbao.notification;

/** Where a message leads, as a path of the application (made absolute for mail by {@code nianbao.public-url}). */
final class Links {

    static final String REPORTS = "reports";

    private Links() {}

    static String report(long reportId) {
        return REPORTS + "/" + reportId;
    }

    static String part(String taskId) {
        return "parts/" + taskId;
    }
}
