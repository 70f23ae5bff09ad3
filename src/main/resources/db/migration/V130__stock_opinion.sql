-- 常用意见: each person's own stock opinions, inserted into an opinion field with one click. Kept by user id, as
-- notification_email is. stock_opinion_seeded marks a list seeded once with the defaults, so a list the person
-- emptied stays empty.
create table stock_opinion (
    id bigint auto_increment primary key,
    user_id bigint not null,
    opinion_text varchar(200) not null,
    sort_order int not null
) ${table_options};

create unique index ux_stock_opinion_user_text on stock_opinion (user_id, opinion_text);

create table stock_opinion_seeded (
    user_id bigint primary key
) ${table_options};
