package cn.nianbao.support;

import cn.nianbao.base.ChinaTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** Every test context runs on a {@link MutableClock} (the real time unless a test moves it). */
@Configuration
class TestClockConfig {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(ChinaTime.ZONE);
    }
}
