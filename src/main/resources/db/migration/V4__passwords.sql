-- A forced change at first login (or after a reset by an administrator), the last passwords a person may not reuse,
-- and the password policy the security administrator (安全管理员) sets: one row.
alter table app_user add column must_change_password boolean not null default false;

create table password_history (
    id bigint auto_increment primary key,
    user_id bigint not null,
    password_hash varchar(200) not null,
    created_at ${datetime} not null,
    constraint fk_password_history_user foreign key (user_id) references app_user (id)
) ${table_options};

create table password_policy (
    id int primary key,
    min_length int not null,
    min_classes int not null,
    history_size int not null,
    updated_by varchar(64) null,
    updated_at ${datetime} null
) ${table_options};

insert into password_policy (id, min_length, min_classes, history_size) values (1, 8, 3, 5);
