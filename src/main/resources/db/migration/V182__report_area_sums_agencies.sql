-- The agencies whose published reports the kept sums take in (ids, comma-separated), so that the next 重新汇总 says
-- which agencies are new without reading the 汇总范围 line back, and a 更正 keeps knowing them.
alter table report_area_sums add column included_agencies longtext null;
