-- An agency's internal due date belongs to one report year (a coordinator sets it per year, or 沿用上年). Until now
-- one month-day applied to every year: each such rule is kept for every year a report can be opened for today (2021,
-- the current format's first year, to this calendar year), so no existing report's due date moves; later years get
-- their own dates.
create table agency_due_date_year (
    agency_id bigint not null,
    report_year int not null,
    due_month int not null,
    due_day int not null,
    primary key (agency_id, report_year),
    constraint fk_agency_due_date_year_agency foreign key (agency_id) references agency (id)
) ${table_options};

insert into agency_due_date_year (agency_id, report_year, due_month, due_day)
select d.agency_id, y.report_year, d.due_month, d.due_day
from agency_due_date d
cross join (
    select 2021 as report_year union all select 2022 union all select 2023 union all select 2024
    union all select 2025 union all select 2026 union all select 2027 union all select 2028
    union all select 2029 union all select 2030 union all select 2031 union all select 2032
) y
where y.report_year <= year(current_date);

drop table agency_due_date;
