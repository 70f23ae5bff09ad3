-- 先备案后公布: an area's coordinator requires that the reports of year report_year of the agencies below
-- area_agency_id be filed with the area (备案) before they are published. A row means "required"; none, the default.
create table filing_requirement (
    id bigint auto_increment primary key,
    area_agency_id bigint not null,
    report_year int not null,
    set_by_username varchar(64) not null,
    set_by_name varchar(100) not null,
    set_at ${datetime} not null,
    constraint fk_filing_requirement_area foreign key (area_agency_id) references agency (id)
) ${table_options};

create unique index ux_filing_requirement on filing_requirement (area_agency_id, report_year);
