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
        SpringApplication.run(GongkaiApplication.class, args);
    }
}
