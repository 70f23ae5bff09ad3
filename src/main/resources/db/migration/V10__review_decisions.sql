-- Decisions at every review step: where a return went or to whom a task was handed ("detail" of a history entry),
-- the report's content as it stood at every submission and decision, and who a report was copied to (抄送).
alter table report_history add column detail varchar(400) null;

-- Sections and cells as JSON, one row per submission or decision: what reviewers compare against.
create table report_snapshot (
    id bigint auto_increment primary key,
    report_id bigint not null,
    history_id bigint not null,
    content longtext not null,
    taken_at ${datetime} not null,
    constraint uk_report_snapshot_history unique (history_id),
    constraint fk_report_snapshot_report foreign key (report_id) references report (id),
    constraint fk_report_snapshot_history foreign key (history_id) references report_history (id)
) ${table_options};

create index ix_report_snapshot_report on report_snapshot (report_id, id);

create table report_copy (
    id bigint auto_increment primary key,
    report_id bigint not null,
    username varchar(64) not null,
    copied_by_name varchar(100) not null,
    copied_at ${datetime} not null,
    constraint uk_report_copy unique (report_id, username),
    constraint fk_report_copy_report foreign key (report_id) references report (id)
) ${table_options};

create index ix_report_copy_username on report_copy (username, copied_at);
