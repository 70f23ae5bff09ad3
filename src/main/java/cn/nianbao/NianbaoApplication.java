package cn.nianbao;

import cn.nianbao.report.check.CheckCommand;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class NianbaoApplication {

    /** {@code check [--json] FILE...} checks published reports without starting the application. */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(CheckCommand.NAME)) {
            System.exit(CheckCommand.main(Arrays.asList(args).subList(1, args.length)));
        }
        SpringApplication.run(NianbaoApplication.class, args);
    }
}
