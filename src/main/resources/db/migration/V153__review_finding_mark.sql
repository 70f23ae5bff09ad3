-- 保密审查: the reviewer's mark on each finding of the confidentiality rules (PRIVACY, SECRET-MARK, LEXICON), one row
-- per finding of a report, replaced when the reviewer marks it again. finding_key is the rule, the section and a hash
-- of the passage (report.FindingKeys), never the passage itself: an ID number is not kept twice.
create table review_finding_mark (
    id bigint auto_increment primary key,
    report_id bigint not null,
    finding_key varchar(120) not null,
    task_id varchar(64) not null,
    mark varchar(16) not null,
    note varchar(500),
    actor_username varchar(64) not null,
    actor_name varchar(100) not null,
    marked_at ${datetime} not null,
    constraint fk_review_finding_mark_report foreign key (report_id) references report (id)
) ${table_options};

create unique index ux_review_finding_mark on review_finding_mark (report_id, finding_key);
