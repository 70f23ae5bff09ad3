-- The audit trail (等保 2.0): append-only, the application never updates or deletes a row. Each entry carries the
-- SM3 hash of its canonical form, which includes the hash of the entry before it (a chain): changing, removing or
-- inserting a row in the middle breaks the chain at that entry. seq is the position in the chain (1, 2, 3, ...).
create table audit_entry (
    id bigint auto_increment primary key,
    seq bigint not null,
    occurred_at ${datetime} not null,
    actor_username varchar(64) not null,
    actor_name varchar(100) not null,
    client_ip varchar(64),
    action_code varchar(64) not null,
    action_label varchar(100) not null,
    target varchar(200),
    detail longtext,
    before_value longtext,
    after_value longtext,
    previous_hash varchar(64) not null,
    entry_hash varchar(64) not null,
    constraint uk_audit_entry_seq unique (seq)
) ${table_options};

create index ix_audit_entry_time on audit_entry (occurred_at, seq);
create index ix_audit_entry_actor on audit_entry (actor_username, seq);
create index ix_audit_entry_action on audit_entry (action_code, seq);

-- The end of the chain: one row, locked (select ... for update) by whoever appends, so that appends from several
-- threads or nodes line up one after the other; removing the newest entries shows as a head that points past them.
create table audit_chain_head (
    id int not null primary key,
    last_seq bigint not null,
    last_hash varchar(64) not null
) ${table_options};

insert into audit_chain_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
