package cn.gongkai.itemexcel;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code gongkai.itemexcel.*}: how many imports one instance runs at once (more wait in a queue of
 * {@code queue}), and after how long without a heartbeat a RUNNING job counts as dead (its instance stopped).
 * The limits of one uploaded workbook, checked before its sheet is parsed: unpacked size per part and in total, the
 * smallest compressed/unpacked ratio of a part larger than {@code inflateRatioGrace} (a lower one is a zip bomb), the
 * data rows; then while reading: characters per cell (Excel's own limit), and the errors kept per job (the rest are
 * counted).
 */
@Validated
@ConfigurationProperties("gongkai.itemexcel")
record ImportProperties(
        @DefaultValue("2") @Min(1) @Max(16) int workers,
        @DefaultValue("20") @Min(0) int queue,
        @DefaultValue("2m") @NotNull Duration staleAfter,
        @DefaultValue("100000") @Min(1) int maxRows,
        @DefaultValue("200MB") @NotNull DataSize maxEntrySize,
        @DefaultValue("300MB") @NotNull DataSize maxUnzippedSize,
        @DefaultValue("0.01") double minInflateRatio,
        @DefaultValue("100KB") @NotNull DataSize inflateRatioGrace,
        @DefaultValue("32767") @Min(1) int maxCellChars,
        @DefaultValue("1000") @Min(1) int maxErrors) {
}
