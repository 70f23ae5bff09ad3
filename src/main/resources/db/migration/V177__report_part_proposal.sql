-- A part's text and figures typed by its owner after the drafter took the part back (分工已取消): not saved into the
-- draft, kept for the drafter as a proposal (report.PartProposals), shown from its history entry. The content is the
-- whole report as the owner's screen held it (JSON as report_snapshot); only the listed parts count.
create table report_part_proposal (
    id bigint auto_increment primary key,
    report_id bigint not null,
    history_id bigint not null,
    parts varchar(100) not null,
    content longtext not null,
    proposed_by varchar(64) not null,
    proposed_at ${datetime} not null,
    constraint uk_report_part_proposal_history unique (history_id),
    constraint fk_report_part_proposal_report foreign key (report_id) references report (id),
    constraint fk_report_part_proposal_history foreign key (history_id) references report_history (id)
) ${table_options};

create index ix_report_part_proposal_report on report_part_proposal (report_id, id);
