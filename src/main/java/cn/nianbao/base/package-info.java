/** What every feature shares: the clock, the main layout and error handling ({@code base.ui}). */
package cn.nianbao.base;
