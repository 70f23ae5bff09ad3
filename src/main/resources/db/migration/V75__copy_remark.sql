-- 抄送's 附言: the remark typed when copying, shown under 抄送我的 (it is also the opinion of the COPIED history entry).
alter table report_copy add column remark varchar(2000);
