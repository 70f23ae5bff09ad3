-- When an edition is superseded by a correction, the PDF it is served as from then on: the same report with the
-- 已被更正 notice and the link to the edition that superseded it, made once and kept with its own SM3 digest. The
-- PDF as published (pdf, pdf_sm3) stays as it was, so the edition's digest never changes; 核验 knows both files.
alter table edition_file add column superseded_pdf longblob;
alter table edition_file add column superseded_pdf_sm3 varchar(64);
create index ix_edition_file_superseded_pdf on edition_file (superseded_pdf_sm3);
