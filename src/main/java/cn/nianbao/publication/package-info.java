/**
 * Publishing a signed-off report exactly once, and the public portal where anyone reads published reports in the
 * standard layout (server-rendered HTML, no login).
 */
package cn.nianbao.publication;
