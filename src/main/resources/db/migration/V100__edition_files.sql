-- The files of a published edition (the JSON compact, in the order it is served) as they were when it was published, and their SM3 digests: what the portal
-- serves and what 核验 compares an uploaded file with. Written once per publication, never updated.
create table edition_file (
    publication_id bigint not null primary key,
    json_sm3 varchar(64) not null,
    pdf_sm3 varchar(64) not null,
    published_json longtext not null,
    pdf longblob not null,
    stored_at ${datetime} not null,
    constraint fk_edition_file_publication foreign key (publication_id) references publication (id)
) ${table_options};

create index ix_edition_file_json on edition_file (json_sm3);
create index ix_edition_file_pdf on edition_file (pdf_sm3);
