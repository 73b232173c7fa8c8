package ${package};

import com.ibm.icu.util.EasterHoliday;
import io.meridian.api.calendar.Holiday;
import io.meridian.api.calendar.HolidayCalendar;
import org.osgi.service.component.annotations.Component;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Uruguay's holidays, as code because one rule has no word in the content format: under Law
 * 16.805 as amended by Law 17.414, three holidays move to a Monday. On a Saturday, Sunday or
 * Monday they stay; on a Tuesday or Wednesday they are kept on the Monday before; on a Thursday
 * or Friday on the Monday after. Replace it with your own calendar: the shape stays the same.
 *
 * <p>Five holidays stop work with pay (feriados no laborables): they are {@code PUBLIC}. The
 * others (feriados laborables) close schools, public offices and banks while much of the
 * private sector works: they are {@code BANK}. Sources: Law 16.805 and Law 17.414
 * (https://www.impo.com.uy/bases/leyes/16805-1996), the Ministry of Labour's list of paid
 * holidays (https://www.gub.uy/ministerio-trabajo-seguridad-social/).
 */
@Component(service = HolidayCalendar.class)
public class UruguayHolidays implements HolidayCalendar {

    /** Law 17.414, which gave the moving rule its present form, dates from 2001. */
    static final int FIRST_YEAR = 2002;
    static final int LAST_YEAR = 2100;

    private enum Moves { NO, TO_A_MONDAY }

    private record Fixed(MonthDay day, String localName, String englishName, Holiday.Type type, Moves moves) {
    }

    private static final List<Fixed> FIXED = List.of(
            new Fixed(MonthDay.of(1, 1), "Año Nuevo", "New Year's Day", Holiday.Type.PUBLIC, Moves.NO),
            new Fixed(MonthDay.of(1, 6), "Día de Reyes", "Epiphany (Children's Day)", Holiday.Type.BANK, Moves.NO),
            new Fixed(MonthDay.of(4, 19), "Desembarco de los Treinta y Tres Orientales", "Landing of the Thirty-Three", Holiday.Type.BANK, Moves.TO_A_MONDAY),
            new Fixed(MonthDay.of(5, 1), "Día de los Trabajadores", "Workers' Day", Holiday.Type.PUBLIC, Moves.NO),
            new Fixed(MonthDay.of(5, 18), "Batalla de Las Piedras", "Battle of Las Piedras", Holiday.Type.BANK, Moves.TO_A_MONDAY),
            new Fixed(MonthDay.of(6, 19), "Natalicio de Artigas", "Birth of Artigas", Holiday.Type.BANK, Moves.NO),
            new Fixed(MonthDay.of(7, 18), "Jura de la Constitución", "Constitution Day", Holiday.Type.PUBLIC, Moves.NO),
            new Fixed(MonthDay.of(8, 25), "Declaratoria de la Independencia", "Independence Day", Holiday.Type.PUBLIC, Moves.NO),
            new Fixed(MonthDay.of(10, 12), "Día de la Diversidad Cultural", "Day of Cultural Diversity", Holiday.Type.BANK, Moves.TO_A_MONDAY),
            new Fixed(MonthDay.of(11, 2), "Día de los Difuntos", "All Souls' Day", Holiday.Type.BANK, Moves.NO),
            new Fixed(MonthDay.of(12, 25), "Día de la Familia", "Christmas (Family Day)", Holiday.Type.PUBLIC, Moves.NO));

    @Override
    public String country() {
        return "UY";
    }

    @Override
    public Optional<String> subdivision() {
        return Optional.empty();
    }

    @Override
    public List<Holiday> holidays(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("Uruguay's holiday rules are worked out for " + FIRST_YEAR + " to " + LAST_YEAR + ", not " + year);
        }
        List<Holiday> out = new ArrayList<>();
        for (Fixed f : FIXED) {
            LocalDate date = f.day().atYear(year);
            Optional<LocalDate> kept = f.moves() == Moves.TO_A_MONDAY ? movedToAMonday(date) : Optional.empty();
            out.add(new Holiday(date, f.localName(), f.englishName(), f.type(), true, kept));
        }
        // a new president takes office on 1 March every fifth year (2025, 2030, …): a paid holiday
        if (year % 5 == 0) {
            out.add(new Holiday(LocalDate.of(year, 3, 1), "Transmisión del Mando Presidencial", "Presidential Inauguration", Holiday.Type.PUBLIC, true,
                    Optional.empty()));
        }
        LocalDate easter = easter(year);
        out.add(new Holiday(easter.minusDays(48), "Carnaval", "Carnival", Holiday.Type.BANK, true, Optional.empty()));
        out.add(new Holiday(easter.minusDays(47), "Carnaval", "Carnival", Holiday.Type.BANK, true, Optional.empty()));
        for (int before = 6; before >= 2; before--) {
            out.add(new Holiday(easter.minusDays(before), "Semana de Turismo", "Tourism Week", Holiday.Type.BANK, true, Optional.empty()));
        }
        out.sort(Comparator.comparing(Holiday::date));
        return out;
    }

    /** The Monday a moving holiday is kept on, if it is not kept on its own day. */
    static Optional<LocalDate> movedToAMonday(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return switch (day) {
            case TUESDAY, WEDNESDAY -> Optional.of(date.minusDays(day.getValue() - 1L));
            case THURSDAY, FRIDAY -> Optional.of(date.plusDays(8L - day.getValue()));
            default -> Optional.empty();
        };
    }

    /** Western Easter Sunday, from ICU4J (the workbench's icu feature). */
    static LocalDate easter(int year) {
        Date newYear = Date.from(LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant());
        LocalDate day = EasterHoliday.EASTER_SUNDAY.firstAfter(newYear).toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        // ICU answers with midnight in the JVM's default zone: east of UTC, that reads as the Saturday
        return day.getDayOfWeek() == DayOfWeek.SATURDAY ? day.plusDays(1) : day;
    }
}
