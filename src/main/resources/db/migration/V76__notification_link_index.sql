-- 撤回 withdraws the unread 新待办 that lead to the report: found by their link, not by reading every message.
create index ix_notification_link on notification (link, read_at);
