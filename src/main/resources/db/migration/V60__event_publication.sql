-- Spring Modulith's event publication registry (schema v2 of spring-modulith-events-jdbc 2.0): one row per event and
-- listener until the listener completed, so that a delivery that failed (a message not sent) is retried. In capitals:
-- the registry names the table so, and MySQL and MariaDB tell the cases of table names apart on Linux.
create table EVENT_PUBLICATION (
    id ${uuid} not null,
    listener_id varchar(512) not null,
    event_type varchar(512) not null,
    serialized_event varchar(4000) not null,
    publication_date ${datetime} not null,
    completion_date ${datetime} null,
    status varchar(20) null,
    completion_attempts int null,
    last_resubmission_date ${datetime} null,
    constraint pk_event_publication primary key (id)
) ${table_options};

create index ix_event_publication_completion on EVENT_PUBLICATION (completion_date);
