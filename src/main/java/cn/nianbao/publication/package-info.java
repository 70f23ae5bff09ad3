/**
 * Publishing a signed-off report exactly once, and the public portal where anyone reads published reports in the
 * standard layout (server-rendered HTML, no login).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"agency", "audit", "base", "report", "report :: format", "report :: trusted", "workflow"
        })
package cn.nianbao.publication;
