-- Failed logins per user name (known or not, so that a lockout reveals nothing about which accounts exist).
-- In the database, not in memory: every node of a cluster sees the same count.
create table login_attempt (
    username varchar(64) not null primary key,
    failures int not null,
    locked_until ${datetime}
) ${table_options};
