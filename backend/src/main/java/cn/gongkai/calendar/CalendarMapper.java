package cn.gongkai.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface CalendarMapper {

    @Select("SELECT date, kind, source, updated_at, updated_by FROM calendar_day ORDER BY date")
    List<CalendarDayRow> findAllDays();

    @Select("""
            SELECT date, kind, source, updated_at, updated_by FROM calendar_day
            WHERE date BETWEEN #{first} AND #{last} ORDER BY date""")
    List<CalendarDayRow> findDays(LocalDate first, LocalDate last);

    @Select("SELECT year, source, updated_at, updated_by FROM calendar_year ORDER BY year")
    List<CalendarYearRow> findYears();

    @Select("SELECT year, source, updated_at, updated_by FROM calendar_year WHERE year = #{year}")
    Optional<CalendarYearRow> findYear(int year);

    /** creates or updates the year row; its row lock serialises concurrent replacements of the same year */
    @Insert("""
            INSERT INTO calendar_year (year, source, updated_at, updated_by)
            VALUES (#{year}, #{source}, #{updatedAt}, #{updatedBy})
            ON DUPLICATE KEY UPDATE source = VALUES(source), updated_at = VALUES(updated_at),
                                    updated_by = VALUES(updated_by)""")
    void upsertYear(CalendarYearRow year);

    @Delete("DELETE FROM calendar_day WHERE date BETWEEN #{first} AND #{last}")
    int deleteDays(LocalDate first, LocalDate last);

    void insertDays(@Param("days") List<CalendarDayRow> days);
}
