package cn.nianbao.sql;

import java.util.ArrayList;
import java.util.List;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

/**
 * Records the SQL of every JDBC execution on the calling thread while {@link #during} runs. Per thread, so that the
 * Flowable job executor polling the database in the background is never counted against an operation.
 */
public class StatementCounter implements QueryExecutionListener {

    private final ThreadLocal<List<String>> recording = new ThreadLocal<>();

    /** Runs the action and returns the statements it sent to the database, one entry per execution (round trip). */
    public List<String> during(Runnable action) {
        List<String> statements = new ArrayList<>();
        recording.set(statements);
        try {
            action.run();
        } finally {
            recording.remove();
        }
        return statements;
    }

    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {}

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        List<String> statements = recording.get();
        if (statements != null) {
            statements.add(
                    String.join("; ", queries.stream().map(QueryInfo::getQuery).toList()));
        }
    }
}
