-- Email for notifications: each person's own address and whether they want mail at all. Messages are addressed by
-- username (notification.username), so it is kept beside the user id to find the address when one is sent.
create table notification_email (
    user_id bigint primary key,
    username varchar(64) not null,
    email varchar(254) not null,
    enabled boolean not null
) ${table_options};

create unique index ux_notification_email_user on notification_email (username);
