package cn.gongkai.itemexcel;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code gongkai.itemexcel.*}: how many imports one instance runs at once (more wait in a queue of
 * {@code queue}), and after how long without a heartbeat a RUNNING job counts as dead (its instance stopped).
 */
@Validated
@ConfigurationProperties("gongkai.itemexcel")
record ImportProperties(
        @DefaultValue("2") @Min(1) @Max(16) int workers,
        @DefaultValue("20") @Min(0) int queue,
        @DefaultValue("2m") @NotNull Duration staleAfter) {
}
