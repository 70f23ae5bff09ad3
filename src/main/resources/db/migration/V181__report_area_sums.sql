-- The area's sums a government's draft took in at its last 汇总 (creation) or 重新汇总 (report.AggregationBases): the
-- next 重新汇总 adds only what the area changed since, so that the figures the handler typed on top (本级) stay. The
-- input cells of tables 2–4 as JSON (as report_snapshot). Drafts created before this table have no row.
create table report_area_sums (
    report_id bigint not null primary key,
    sums longtext not null,
    recorded_at ${datetime} not null,
    constraint fk_report_area_sums_report foreign key (report_id) references report (id)
) ${table_options};
