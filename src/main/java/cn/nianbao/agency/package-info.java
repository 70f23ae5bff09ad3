/** Agencies (机关), the people who work in them and their roles in the responsibility chain. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package cn.nianbao.agency;
