-- Failed logins per client address, one row each, for the sliding window of LoginAddressLimit. In the database beside
-- login_attempt, so that every node of a cluster counts the same failures.
create table login_address_failure (
    id bigint auto_increment primary key,
    address varchar(64) not null,
    failed_at ${datetime} not null
) ${table_options};

create index ix_login_address_failure_address on login_address_failure (address, failed_at);
create index ix_login_address_failure_time on login_address_failure (failed_at);
