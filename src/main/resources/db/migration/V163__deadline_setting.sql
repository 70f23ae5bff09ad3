-- Deadline settings the 系统管理员 changes on the screen (期限设置): today the reminder days
-- (remind-working-days); without a row the property nianbao.deadlines.remind-working-days applies.
create table deadline_setting (
    name varchar(64) not null primary key,
    int_value int not null
) ${table_options};
