package cn.nianbao.desk.opinions;

/** One of a person's stock opinions, as the screens show it. */
public record StockOpinion(long id, String text) {}
