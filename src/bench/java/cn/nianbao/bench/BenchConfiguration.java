package cn.nianbao.bench;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Found by the application's component scan in the bench profile only (src/bench/java is not compiled otherwise). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BenchSettings.class)
class BenchConfiguration {}
