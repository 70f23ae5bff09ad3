package cn.nianbao.workflow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bulk seed for B2: copies the runtime rows of a process instance the engine started (executions, task, candidate
 * links, variables, activity instances) as another instance, with new ids and the variables of another report. A
 * copy is what the engine would have written for that report, at JDBC batch speed; the history tables are not copied
 * (nothing the inbox reads).
 */
final class ProcessCloner {

    private static final List<String> TABLES = List.of(
            "ACT_RU_EXECUTION",
            "ACT_RU_EVENT_SUBSCR",
            "ACT_RU_TASK",
            "ACT_RU_VARIABLE",
            "ACT_RU_IDENTITYLINK",
            "ACT_RU_ACTINST");

    private final JdbcTemplate jdbc;
    private final Map<String, List<Map<String, Object>>> template = new LinkedHashMap<>();
    private final Map<String, List<Object[]>> pending = new HashMap<>();
    private final String templateAgency;
    private final String templateDrafter;

    ProcessCloner(DataSource dataSource, String processInstanceId, String templateAgency, String templateDrafter) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.templateAgency = templateAgency;
        this.templateDrafter = templateDrafter;
        for (String table : TABLES) {
            String where = table.equals("ACT_RU_IDENTITYLINK")
                    ? "PROC_INST_ID_ = ? or TASK_ID_ in (select ID_ from ACT_RU_TASK where PROC_INST_ID_ = ?)"
                    : "PROC_INST_ID_ = ?";
            Object[] args = table.equals("ACT_RU_IDENTITYLINK")
                    ? new Object[] {processInstanceId, processInstanceId}
                    : new Object[] {processInstanceId};
            template.put(table, jdbc.queryForList("select * from " + table + " where " + where, args));
        }
    }

    /** Queues a copy for {@code reportId} of agency {@code agency}, drafted by {@code drafter}. */
    void copy(long reportId, String agency, String drafter) {
        Map<Object, Object> ids = new HashMap<>();
        template.values()
                .forEach(rows -> rows.forEach(
                        row -> ids.put(row.get("ID_"), UUID.randomUUID().toString())));
        UnaryOperator<Object> text = value -> {
            if (!(value instanceof String s)) {
                return value;
            }
            if (ids.containsKey(s)) {
                return ids.get(s);
            }
            if (s.equals(templateDrafter)) {
                return drafter;
            }
            return s.endsWith("@" + templateAgency) ? s.substring(0, s.indexOf('@') + 1) + agency : s;
        };
        template.forEach((table, rows) -> rows.forEach(row -> {
            Map<String, Object> copy = new LinkedHashMap<>();
            row.forEach((column, value) -> copy.put(column, text.apply(value)));
            if (copy.containsKey("BUSINESS_KEY_") && copy.get("BUSINESS_KEY_") != null) {
                copy.put("BUSINESS_KEY_", String.valueOf(reportId));
            }
            if (table.equals("ACT_RU_VARIABLE")) {
                variable(copy, reportId, agency);
            }
            pending.computeIfAbsent(table, t -> new ArrayList<>())
                    .add(copy.values().toArray());
        }));
    }

    private void variable(Map<String, Object> copy, long reportId, String agency) {
        switch ((String) copy.get("NAME_")) {
            case ProcessKeys.VAR_REPORT_ID -> {
                copy.put("LONG_", reportId);
                copy.put("TEXT_", String.valueOf(reportId));
            }
            case ProcessKeys.VAR_AGENCY -> copy.put("TEXT_", agency);
            default -> {}
        }
    }

    /** Writes the queued copies, table by table in the order the foreign keys need. */
    void flush() {
        for (String table : TABLES) {
            List<Object[]> rows = pending.remove(table);
            List<Map<String, Object>> shape = template.get(table);
            if (rows == null || rows.isEmpty()) {
                continue;
            }
            List<String> columns = new ArrayList<>(shape.getFirst().keySet());
            String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                    + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
            jdbc.batchUpdate(sql, table.equals("ACT_RU_EXECUTION") ? parentsFirst(rows, columns) : rows);
        }
    }

    /**
     * Each execution after its parent (PARENT_ID_ references it): the process instance, the scope of 起草, the task's
     * execution inside it.
     */
    private static List<Object[]> parentsFirst(List<Object[]> rows, List<String> columns) {
        int id = columns.indexOf("ID_");
        int parent = columns.indexOf("PARENT_ID_");
        List<Object[]> sorted = new ArrayList<>();
        Set<Object> written = new HashSet<>();
        List<Object[]> left = new ArrayList<>(rows);
        while (!left.isEmpty()) {
            List<Object[]> ready = left.stream()
                    .filter(r -> r[parent] == null || written.contains(r[parent]))
                    .toList();
            if (ready.isEmpty()) {
                throw new IllegalStateException("executions whose parent is not among the copies");
            }
            ready.forEach(r -> written.add(r[id]));
            sorted.addAll(ready);
            left.removeAll(ready);
        }
        return sorted;
    }
}
