package se.valdsprevention.web.countypicture;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valdsprevention.core.situation.Indicator;
import se.valdsprevention.core.situation.PyramidLevel;
import se.valdsprevention.core.situation.ReportingPeriod;
import se.valdsprevention.core.situation.SituationPicture;
import se.valdsprevention.core.situation.Unit;
import se.valdsprevention.core.situation.ViolenceType;
import se.valdsprevention.workflows.situation.SituationPictures;

/**
 * Agreed situation pictures of Norsjö and Sorsele for one period, saved as a cycle's revisions, for the county
 * picture's tests: assaults 12/20/32 and 6/9/15 (summed to 18/29/47); harassment in school 3/10/13 in Norsjö (women
 * "färre än 5", men withheld to protect them) and 20/30/50 in Sorsele, so the county's women and men would give
 * Norsjö's away; threats 2 in Norsjö without a split and 1/1/2 in Sorsele, together 4 ("färre än 5").
 *
 * <p>The pictures become the municipalities' newest agreed ones in the database the workspace tests share: {@link
 * #remove} them when the test is done, so that other tests keep the pictures they expect.
 */
public final class CountyPictureFixture {

    private CountyPictureFixture() {}

    /** Saves the two agreed pictures and returns their cycle ids. */
    public static List<String> agreedPictures(SituationPictures pictures, ReportingPeriod period) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        pictures.save(
                "norsjo-" + run,
                picture(
                        "2417",
                        period,
                        count("assaults", "Anmälda misshandelsbrott", PyramidLevel.SERIOUS_VIOLENCE, "12", "20", "32"),
                        count(
                                "harassment",
                                "Elever som utsatts för kränkningar",
                                PyramidLevel.VIOLATIONS_AND_HARASSMENT,
                                "3",
                                "10",
                                "13"),
                        count(
                                "threats",
                                "Anmälda olaga hot",
                                PyramidLevel.THREATS_AND_LIGHTER_VIOLENCE,
                                null,
                                null,
                                "2")),
                "test",
                Instant.now());
        pictures.save(
                "sorsele-" + run,
                picture(
                        "2422",
                        period,
                        count("misshandel", "Anmälda misshandelsbrott", PyramidLevel.SERIOUS_VIOLENCE, "6", "9", "15"),
                        count(
                                "krankningar",
                                "Elever som utsatts för kränkningar",
                                PyramidLevel.VIOLATIONS_AND_HARASSMENT,
                                "20",
                                "30",
                                "50"),
                        count("hot", "Anmälda olaga hot", PyramidLevel.THREATS_AND_LIGHTER_VIOLENCE, "1", "1", "2")),
                "test",
                Instant.now());
        return List.of("norsjo-" + run, "sorsele-" + run);
    }

    /** Deletes the cycles' revisions again. */
    public static void remove(DataSource dataSource, List<String> cycleIds) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        cycleIds.forEach(id -> jdbc.update("DELETE FROM prevention_situation_picture_revision WHERE cycle_id = ?", id));
    }

    private static SituationPicture picture(String code, ReportingPeriod period, Indicator... indicators) {
        return SituationPicture.draft(code, period, List.of(ViolenceType.SCHOOL))
                .withIndicators(List.of(indicators))
                .agree("Teamet", LocalDate.of(2026, 11, 1));
    }

    private static Indicator count(String id, String name, PyramidLevel level, String women, String men, String total) {
        return new Indicator(
                id,
                name,
                "Kommunens egen statistik",
                Unit.PERSONS,
                true,
                level,
                women == null ? null : new BigDecimal(women),
                men == null ? null : new BigDecimal(men),
                new BigDecimal(total),
                women == null ? "Polisen redovisar inte kön." : null);
    }
}
