/** What every feature shares: the clock, the main layout and error handling ({@code base.ui}). */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"agency"})
package cn.nianbao.base;
