-- Agencies form a tree (a county government above its departments); the kind decides the legal due date.
alter table agency add column parent_id bigint null;
alter table agency add column kind varchar(32) not null default 'DEPARTMENT';
alter table agency add constraint fk_agency_parent foreign key (parent_id) references agency (id);
