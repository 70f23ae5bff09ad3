package cn.nianbao.base;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises a database that cannot be reached for the moment, whichever layer wrapped the failure (JPA, Spring's
 * transaction manager, Flowable's MyBatis). Nothing was written then: the transaction never began or was rolled
 * back, so the person can simply try again once the database is back; the connection pool recovers by itself.
 */
public final class DatabaseFailures {

    public static final String UNAVAILABLE = "数据库暂时无法连接，本次操作没有保存。您输入的内容仍在页面上，请稍后再试。";

    private DatabaseFailures() {}

    public static boolean isUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CannotCreateTransactionException
                    || t instanceof CannotGetJdbcConnectionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t.getClass().getName().endsWith("CommunicationsException")) {
                return true;
            }
        }
        return false;
    }
}
