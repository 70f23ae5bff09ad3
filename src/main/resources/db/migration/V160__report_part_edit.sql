-- Who last saved each part of a draft (a section 一 to 六, or table 二/三/四) and when (report.DraftSaving): a save
-- that meets a colleague's newer text in the same part is refused for that part only, naming them; the editor marks
-- what a colleague changed. One row per report and part, written by every save that changed the part.
create table report_part_edit (
    report_id bigint not null,
    part varchar(8) not null,
    part_version bigint not null,
    edited_by varchar(64) not null,
    edited_by_name varchar(100) not null,
    edited_at ${datetime} not null,
    primary key (report_id, part)
) ${table_options};
