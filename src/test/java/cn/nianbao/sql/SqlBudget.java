package cn.nianbao.sql;

/**
 * The most JDBC statements each operation may send to the database. Raising a budget is a decision: write down in
 * the commit why the operation now needs more statements. Lowering one after an improvement needs no excuse.
 * <p>
 * Each budget is the count measured when it was set, the same on H2 and on MariaDB, so one figure serves both
 * databases. A statement is one JDBC execution (a round trip), counted on the calling thread only.
 */
enum SqlBudget {

    /**
     * 8 Hibernate (agency, report, cells, sections, last year, history, snapshot, stage), 26 Flowable (find,
     * complete, next), 3 for the audit entry (lock the chain's head, insert the entry, move the head). Raised from 30:
     * the snapshot of the submitted version (1), the submitters variable that keeps a submitter from reviewing
     * (written and historised, 3), the audit entry (3). Raised from 37: the check that no part handed to a colleague
     * (分工起草) is still open (1). Raised from 38: the 新待办 message for the next step (the report's agency, the
     * agency's people with their roles in one query, one insert per person the step is offered to: 4 for one reviewer).
     * Lowered to 40: the message's title is read from the report and agency the step has already loaded. Raised to 53
     * when 分工起草 moved into the process: the draft task now ends inside the sub-process 起草, and the engine leaves
     * that scope (its execution and the draft's read and deleted, the waiting message subscription of 分工起草
     * deleted, the sub-process's activity instance read and ended in the runtime and history tables: 13).
     */
    SUBMIT(53),
    /**
     * One review step (保密审查): 7 Hibernate (agency, history row, cells and sections and snapshot for the version
     * reviewers compare against, stage read and written), 40 Flowable, 3 audit. Raised from 44 for the snapshot (3)
     * and the audit entry (3), and from 50 for the 新待办 message for the next step (4 for one person, as SUBMIT).
     * Lowered to 52: the message's title comes from the report and agency the step has already loaded. Raised to 54
     * when messages left the step for the event publication registry (issue 13): the step now writes one registry row
     * (1) instead of the message itself (the people of the role and an insert each, sent after commit by
     * notification), and separation of duties reads who submitted from the report's history (the submitters process
     * variable is gone), once to check the reviewer and once for whom the next step is offered to (2). Raised to 57
     * (issue 16): 通过 at 保密审查 waits until every finding is marked 已核实, so the step reads the marks (1) and
     * checks the text as the reviewer saw it, which needs the 错敏词 list (1) and last year's report (1).
     */
    APPROVE(57),
    /**
     * Agency code, the page of tasks with the parts of drafts handed to the person (InboxQuery: index-driven, so it
     * does not scan every open task), those tasks with their process variables, the reports, their agencies, then the
     * due dates (the agencies' kinds, their internal dates, the calendar's holidays up to the latest due date): 8 for
     * 1 task and for 5. Lowered from 9: the parts were a query of their own, which read every open task (the engine
     * has no index on the assignee). Raised to 9 (issue 13): who submitted each report, one query for the page, now
     * read from the reports' history for separation of duties instead of a process variable. Raised to 10 (issue 22):
     * the tasks the person delegated (委派中), one query whatever their number, which 待办 keeps listing until they
     * come back.
     */
    INBOX(10),
    /**
     * A page of 已办, 我发起的 or 办结 (report.PersonalLists), whatever the number of lines: the page itself, one
     * statement without a count, and the names of the agencies on it.
     */
    DESK_LIST_PAGE(2),
    /** GET /public: the publications and their agencies' names, whatever their number. */
    PORTAL_LIST(2),
    /**
     * GET /public/reports/{id}, in one transaction: the publication, its agency, every edition of that year (for
     * the links to earlier and later versions), the report, its cells and its sections. Raised from 6 (issue 19): the
     * edition's stored files, whose SM3 digests the page shows (1).
     */
    PUBLIC_REPORT_PAGE(7),
    /**
     * 用户管理 opened or searched (issue 18), whatever the number of accounts or agencies: the count of the matching
     * accounts, the grid's first page with the agencies, the page's roles (one batch) and its locks (the forms' agency
     * boxes ask for a page of agencies only when opened).
     */
    USER_ADMIN_PAGE(4),
    /**
     * 角色分配 opened or searched, whatever the number of accounts: the count of the matching accounts, the grid's
     * first page with the agencies and the page's roles (one batch).
     */
    ROLE_ADMIN_PAGE(3),
    /**
     * 机关管理 opened or searched, whatever the number of agencies: the count of the matching agencies, the grid's
     * first page and the names of the page's 上级机关.
     */
    AGENCY_ADMIN_PAGE(3);

    final int statements;

    SqlBudget(int statements) {
        this.statements = statements;
    }
}
