/** Agencies (机关), the people who work in them and their roles in the responsibility chain. */
package cn.nianbao.agency;
