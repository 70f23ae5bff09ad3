/** Login, the signed-in person ({@link cn.nianbao.security.Actor}) and the web security rules. */
package cn.nianbao.security;
