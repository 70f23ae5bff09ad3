-- Deadlines. calendar_day holds the exceptions to "Monday to Friday are working days": public holidays (working =
-- false) and the 调休 weekends worked in exchange (working = true), as the State Council announces them each year.
create table calendar_day (
    calendar_date date not null primary key,
    working boolean not null,
    note varchar(100) not null
) ${table_options};

-- An agency's internal due date, earlier than the legal one (e.g. departments by 26 January): month and day of the
-- year after the report's year.
create table agency_due_date (
    agency_id bigint not null primary key,
    due_month int not null,
    due_day int not null,
    constraint fk_agency_due_date_agency foreign key (agency_id) references agency (id)
) ${table_options};

-- Each reminder and escalation once per report and due date, whichever node's job sees it first (the primary key).
create table deadline_notice (
    report_id bigint not null,
    kind varchar(16) not null,
    due_date date not null,
    sent_at ${datetime} not null,
    primary key (report_id, kind, due_date),
    constraint fk_deadline_notice_report foreign key (report_id) references report (id)
) ${table_options};
