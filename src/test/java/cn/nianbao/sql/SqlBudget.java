package cn.nianbao.sql;

/**
 * The most JDBC statements each operation may send to the database. Raising a budget is a decision: write down in
 * the commit why the operation now needs more statements. Lowering one after an improvement needs no excuse.
 * <p>
 * Each budget is the count measured when it was set, the same on H2 and on MariaDB, so one figure serves both
 * databases. A statement is one JDBC execution (a round trip), counted on the calling thread only.
 */
enum SqlBudget {

    /** 7 Hibernate (agency, report, cells, sections, last year, history, stage), 23 Flowable (find, complete, next). */
    SUBMIT(30),
    /** One review step (保密审查): 4 Hibernate (agency, history row, stage read and written), 40 Flowable. */
    APPROVE(44),
    /**
     * Agency code, the tasks (InboxQuery: index-driven, so it does not scan every open task), their processes' report
     * ids, the reports, their agencies: 5 for 1 task and for 5.
     */
    INBOX(5),
    /** GET /public: the publications and their agencies' names, whatever their number. */
    PORTAL_LIST(2),
    /** GET /public/reports/{id}: the publication and the agency are read twice (entry, then content): 5 would do. */
    PUBLIC_REPORT_PAGE(7);

    final int statements;

    SqlBudget(int statements) {
        this.statements = statements;
    }
}
