-- In-app notifications (催办, returns, new tasks): one row per recipient, unread while read_at is null.
create table notification (
    id bigint auto_increment primary key,
    username varchar(64) not null,
    kind varchar(32) not null,
    text varchar(1000) not null,
    link varchar(400),
    created_at ${datetime} not null,
    read_at ${datetime} null
) ${table_options};

create index ix_notification_user on notification (username, read_at, id);
