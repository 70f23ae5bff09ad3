-- 用户管理 (issue 18): a person's phone and e-mail, both optional, edited by the system administrator (系统管理员).
alter table app_user add column phone varchar(32) null;
alter table app_user add column email varchar(254) null;
create index ix_app_user_display_name on app_user (display_name);
