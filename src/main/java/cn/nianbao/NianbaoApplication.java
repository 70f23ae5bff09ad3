package cn.nianbao;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class NianbaoApplication {

    public static void main(String[] args) {
        SpringApplication.run(NianbaoApplication.class, args);
    }
}
