/** The main layout, the application shell and the way screens report success and failure. */
@org.springframework.modulith.NamedInterface("ui")
package cn.nianbao.base.ui;
