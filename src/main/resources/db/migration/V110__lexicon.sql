-- 错敏词 (LEXICON, docs/RULES.md): the list the 安全管理员 keeps on the screen 错敏词, seeded with the rows of
-- cn/nianbao/report/format/lexicon-seed.tsv (the list `check` uses); LexiconSeedTest keeps the two the same.
-- exceptions: the 例外, longer words containing the word that are fine, separated by 、.
create table lexicon_entry (
    id bigint auto_increment primary key,
    word varchar(30) not null,
    reason varchar(200) not null,
    exceptions varchar(400) not null,
    constraint uq_lexicon_word unique (word)
) ${table_options};

insert into lexicon_entry (word, reason, exceptions) values
    ('国家工商行政管理总局', '2018年机构改革后已不再保留，职责并入国家市场监督管理总局，请使用现名称。', '原国家工商行政管理总局'),
    ('国家安全生产监督管理总局', '2018年机构改革后已不再保留，职责并入应急管理部，请使用现名称。', '原国家安全生产监督管理总局'),
    ('国家质量监督检验检疫总局', '2018年机构改革后已不再保留，职责并入国家市场监督管理总局和海关总署，请使用现名称。', '原国家质量监督检验检疫总局'),
    ('国家食品药品监督管理总局', '2018年机构改革后已不再保留，职责并入国家市场监督管理总局（药品由国家药品监督管理局监管），请使用现名称。', '原国家食品药品监督管理总局'),
    ('国土资源部', '2018年机构改革后已不再保留，现为自然资源部。', '原国土资源部、国土资源部门'),
    ('环境保护部', '2018年机构改革后已不再保留，现为生态环境部。', '原环境保护部、环境保护部门'),
    ('文化部', '2018年机构改革后已与国家旅游局合并为文化和旅游部。', '原文化部、文化部门'),
    ('国家旅游局', '2018年机构改革后已并入文化和旅游部。', '原国家旅游局'),
    ('卫生和计划生育委员会', '2018年机构改革后已改为卫生健康委员会，请使用现名称。', '原卫生和计划生育委员会、原国家卫生和计划生育委员会'),
    ('国务院法制办公室', '2018年机构改革后已不再保留，职责并入司法部。', '原国务院法制办公室'),
    ('监察部', '2018年机构改革后已不再保留，职责并入国家监察委员会。', '原监察部、监察部门'),
    ('政府信息公开年度报告', '《中华人民共和国政府信息公开条例》的称谓是「政府信息公开工作年度报告」，标题和正文中不应省略「工作」。', '');
