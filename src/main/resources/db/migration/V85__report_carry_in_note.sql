-- What a new draft's 上年结转 came from (which published edition of last year, or none), shown above the draft.
alter table report add column carry_in_note varchar(300);
