package cn.nianbao.publication;

/**
 * That an edition has been superseded: by which edition, when, and where that one is read. Printed on the superseded
 * edition's PDF (the {@code 已被更正} notice) when the correction makes it so.
 */
record Supersession(int edition, int byEdition, String byOn, String url) {}
