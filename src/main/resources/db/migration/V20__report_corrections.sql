-- 更正: a published report never changes; a correction is a new version (edition) of the same agency's report for
-- the same year, which goes through the approval chain again. One row per version, so the unique key gains it.
alter table report add column edition int not null default 1;
alter table report add column corrects_id bigint null;
alter table report add column correction_note varchar(4000) null;
alter table report add constraint fk_report_corrects foreign key (corrects_id) references report (id);
-- the new key first: on MySQL the foreign key on agency_id needs an index that starts with it at every moment
alter table report add constraint uk_report_agency_year_edition unique (agency_id, report_year, edition);
alter table report drop constraint uk_report_agency_year;
