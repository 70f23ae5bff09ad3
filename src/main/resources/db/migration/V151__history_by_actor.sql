-- 已办 (report.PersonalLists): a person's own steps, newest first, a page at a time.
create index ix_report_history_actor on report_history (actor_username, occurred_at);
