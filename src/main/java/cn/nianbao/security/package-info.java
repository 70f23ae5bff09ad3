/** Login, the signed-in person ({@link cn.nianbao.security.Actor}) and the web security rules. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"agency", "audit", "base", "base :: ui"})
package cn.nianbao.security;
