package cn.nianbao.publication;

import java.util.List;

/**
 * The list's parameters as the API received them, checked: a parameter that cannot be used is refused with a
 * Chinese reason (the portal's page shows everything instead; a program should learn that it asked wrongly).
 */
record ApiQuery(PortalQuery filter, int page, int size) {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    static ApiQuery of(String q, String year, String page, String size) {
        String name = q == null ? "" : q.strip();
        if (name.length() > PortalQuery.MAX_NAME) {
            throw new ApiRefusal("参数 q 有误", "机关名称最多 " + PortalQuery.MAX_NAME + " 个字。");
        }
        String typedYear = year == null ? "" : year.strip();
        if (!typedYear.isEmpty() && !typedYear.matches("\\d{4}")) {
            throw new ApiRefusal("参数 year 有误", "年度应为四位数字的年份（如 2024）。");
        }
        int pageNumber = number(page, 0, "page", "页码应为从 0 开始的整数。", Integer.MAX_VALUE);
        int pageSize = number(size, DEFAULT_SIZE, "size", "每页条数应为 1 到 " + MAX_SIZE + " 之间的整数。", MAX_SIZE);
        if (size != null && pageSize < 1) {
            throw new ApiRefusal("参数 size 有误", "每页条数应为 1 到 " + MAX_SIZE + " 之间的整数。");
        }
        return new ApiQuery(PortalQuery.of(name, typedYear), pageNumber, pageSize);
    }

    <T> ApiShapes.Page<T> pageOf(List<T> all) {
        int from = (int) Math.min((long) page * size, all.size());
        int to = Math.min(from + size, all.size());
        int pages = (all.size() + size - 1) / size;
        return new ApiShapes.Page<>(List.copyOf(all.subList(from, to)), page, size, all.size(), pages);
    }

    private static int number(String typed, int absent, String name, String reason, int max) {
        if (typed == null || typed.isBlank()) {
            return absent;
        }
        String digits = typed.strip();
        if (!digits.matches("\\d{1,9}") || Integer.parseInt(digits) > max) {
            throw new ApiRefusal("参数 " + name + " 有误", reason);
        }
        return Integer.parseInt(digits);
    }
}
