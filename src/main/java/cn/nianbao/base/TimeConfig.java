package cn.nianbao.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, so that tests can control time. Reports are kept in China Standard Time. */
@Configuration
class TimeConfig {

    @Bean
    Clock clock() {
        return Clock.system(ChinaTime.ZONE);
    }
}
