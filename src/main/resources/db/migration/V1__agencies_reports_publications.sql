-- The project's own tables. Flowable keeps its own ACT_* tables; report text and opinions never go there
-- (on MySQL those are utf8mb3 and refuse 4-byte characters). ${table_options} is utf8mb4/InnoDB on MySQL.
-- ${datetime} is DATETIME(6) on MySQL (no 2038 limit, no time-zone conversion) and TIMESTAMP(6) on H2.

create table agency (
    id bigint auto_increment primary key,
    code varchar(64) not null,
    name varchar(200) not null,
    constraint uk_agency_code unique (code)
) ${table_options};

create table app_user (
    id bigint auto_increment primary key,
    username varchar(64) not null,
    display_name varchar(100) not null,
    password_hash varchar(200) not null,
    agency_id bigint not null,
    enabled boolean not null,
    constraint uk_app_user_username unique (username),
    constraint fk_app_user_agency foreign key (agency_id) references agency (id)
) ${table_options};

create table app_user_role (
    user_id bigint not null,
    role varchar(32) not null,
    primary key (user_id, role),
    constraint fk_app_user_role_user foreign key (user_id) references app_user (id)
) ${table_options};

create table report (
    id bigint auto_increment primary key,
    agency_id bigint not null,
    report_year int not null,
    stage varchar(32) not null,
    version bigint not null,
    created_by varchar(64) not null,
    created_at ${datetime} not null,
    updated_at ${datetime} not null,
    constraint uk_report_agency_year unique (agency_id, report_year),
    constraint fk_report_agency foreign key (agency_id) references agency (id)
) ${table_options};

create table report_section (
    report_id bigint not null,
    section varchar(8) not null,
    body longtext not null,
    primary key (report_id, section),
    constraint fk_report_section_report foreign key (report_id) references report (id)
) ${table_options};

create table report_cell (
    report_id bigint not null,
    cell_id varchar(64) not null,
    cell_value decimal(20, 6) not null,
    primary key (report_id, cell_id),
    constraint fk_report_cell_report foreign key (report_id) references report (id)
) ${table_options};

create table report_history (
    id bigint auto_increment primary key,
    report_id bigint not null,
    stage varchar(32) not null,
    action varchar(32) not null,
    actor_username varchar(64),
    actor_name varchar(100),
    opinion varchar(4000),
    occurred_at ${datetime} not null,
    constraint fk_report_history_report foreign key (report_id) references report (id)
) ${table_options};

create index ix_report_history_report on report_history (report_id, occurred_at, id);

-- One row per published report: the unique key makes publishing the same report twice impossible.
create table publication (
    id bigint auto_increment primary key,
    report_id bigint not null,
    agency_id bigint not null,
    report_year int not null,
    published_at ${datetime} not null,
    constraint uk_publication_report unique (report_id),
    constraint fk_publication_report foreign key (report_id) references report (id)
) ${table_options};

create index ix_publication_year on publication (report_year, agency_id);
