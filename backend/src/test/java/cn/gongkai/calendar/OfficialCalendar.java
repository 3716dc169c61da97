package cn.gongkai.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seed of {@code V5__calendar.sql} read straight from the migration on the classpath, so the unit tests count
 * over exactly what the database gets.
 */
final class OfficialCalendar {

    private static final Pattern DAY = Pattern.compile("\\('(\\d{4}-\\d{2}-\\d{2})', '([A-Z_]+)'");
    private static final Pattern YEAR = Pattern.compile("INSERT INTO calendar_year \\(year, source, updated_at, updated_by\\) VALUES \\((\\d{4}),");

    final Map<LocalDate, DayKind> days = new LinkedHashMap<>();
    final Set<Integer> years = new TreeSet<>();

    private OfficialCalendar(String sql) {
        Matcher d = DAY.matcher(sql);
        while (d.find()) {
            days.put(LocalDate.parse(d.group(1)), DayKind.valueOf(d.group(2)));
        }
        Matcher y = YEAR.matcher(sql);
        while (y.find()) {
            years.add(Integer.parseInt(y.group(1)));
        }
    }

    static OfficialCalendar load() {
        try (InputStream in = OfficialCalendar.class.getResourceAsStream("/db/migration/V5__calendar.sql")) {
            if (in == null) {
                throw new IllegalStateException("V5__calendar.sql is not on the test classpath");
            }
            return new OfficialCalendar(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WorkCalendar calendar() {
        return new WorkCalendar(days, years);
    }
}
