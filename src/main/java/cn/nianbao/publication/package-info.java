/**
 * Publishing a signed-off report exactly once, and the public portal where anyone reads published reports in the
 * standard layout (server-rendered HTML, no login), and a read-only JSON API of the same data for other systems
 * ({@code /public/api/v1}, described in OpenAPI 3.1, Swagger UI at {@code /public/api}).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "agency",
            "audit",
            "base",
            "pdf",
            "report",
            "report :: format",
            "report :: word",
            "report :: trusted",
            "workflow"
        })
package cn.nianbao.publication;
