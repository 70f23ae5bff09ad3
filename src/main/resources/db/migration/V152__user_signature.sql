-- A reviewer's or leader's signature image (desk.Signatures), printed in the 签字 cells of the 审批表 and 签发单.
-- Only its owner uploads, replaces or removes it; no administration screen reads it.
create table user_signature (
    username varchar(64) not null primary key,
    png longblob not null,
    uploaded_at ${datetime} not null
) ${table_options};
