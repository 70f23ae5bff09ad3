-- The first year an agency must report on: an agency set up in 2027 owes no 2026 report. Empty for every agency that
-- existed before (they report on every year).
alter table agency add column first_report_year int;
