-- 考核指标: how far (in percentage points) an agency's disclosure rate and correction rate may lie from its area's
-- before 辖区进度 marks it, set by the area's coordinator. No row: the defaults (IndicatorThresholds.DEFAULT).
create table indicator_threshold (
    area_agency_id bigint primary key,
    disclosure_points int not null,
    correction_points int not null,
    set_by_username varchar(64) not null,
    set_at ${datetime} not null,
    constraint fk_indicator_threshold_area foreign key (area_agency_id) references agency (id)
) ${table_options};
