package cn.gongkai;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Gongkai 政务公开事项目录与负面清单管理系统. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class GongkaiApplication {

    public static void main(String[] args) {
        SpringApplication.run(GongkaiApplication.class, withoutWebPortForMaintenance(args));
    }

    /** {@code --reset-admin=NAME} (account.AdminRecovery) does its work and exits: no HTTP port is opened. */
    static String[] withoutWebPortForMaintenance(String[] args) {
        if (java.util.Arrays.stream(args).noneMatch(a -> a.startsWith("--reset-admin="))) {
            return args;
        }
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = "--server.port=-1";
        return all;
    }
}
