/**
 * 常用意见: a person's own stock opinions, seeded with a few on first use, one click to insert on a decision screen
 * ({@code desk.ui}). Each person reads and changes only their own list; the service asks who is signed in.
 */
package cn.nianbao.desk.opinions;
