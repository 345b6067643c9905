package se.valdsprevention.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static se.valdsprevention.core.validation.Refusals.assertRefused;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import se.valdsprevention.core.county.Agreement;
import se.valdsprevention.core.county.County;
import se.valdsprevention.core.county.CountyFixtures;
import se.valdsprevention.core.decision.Decision;
import se.valdsprevention.core.decision.DecisionFixtures;
import se.valdsprevention.core.meeting.Meeting;
import se.valdsprevention.core.meeting.MeetingFixtures;
import se.valdsprevention.core.method.MethodBank;
import se.valdsprevention.core.method.MethodFixtures;
import se.valdsprevention.core.plan.ActionPlan;
import se.valdsprevention.core.plan.ActionPlanFixtures;
import se.valdsprevention.core.situation.SituationPicture;
import se.valdsprevention.core.situation.SituationPictureFixtures;
import se.valdsprevention.core.team.Team;
import se.valdsprevention.core.team.TeamFixtures;
import se.valdsprevention.core.validation.ValidationException;

class DomainJsonTest {

    private final DomainJson json = new DomainJson();

    private <T> T roundTrip(T document, Class<T> type) {
        return json.read(json.write(document), type);
    }

    /** The JSON of {@code document}, changed by {@code change}. */
    private String changed(Object document, Consumer<ObjectNode> change) {
        try {
            ObjectMapper mapper = json.mapper();
            ObjectNode tree = (ObjectNode) mapper.readTree(json.write(document));
            change.accept(tree);
            return mapper.writeValueAsString(tree);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode at(ObjectNode tree, String pointer) {
        return (ObjectNode) tree.at(pointer);
    }

    @Test
    void readsBackAnAgreedSituationPicture() {
        var picture = SituationPictureFixtures.norsjo2024().agree("Kommunteamet", LocalDate.of(2025, 2, 10));

        assertThat(roundTrip(picture, SituationPicture.class)).isEqualTo(picture);
    }

    @Test
    void readsBackAnActionPlan() {
        var plan = ActionPlanFixtures.norsjoPlan();

        assertThat(roundTrip(plan, ActionPlan.class)).isEqualTo(plan);
    }

    @Test
    void readsBackAnActivityThatNamesItsMethod() {
        var plan = ActionPlanFixtures.plan()
                .activities(
                        List.of(ActionPlanFixtures.activity().methodId("mvp").build()))
                .productionFollowUps(List.of())
                .build();

        assertThat(roundTrip(plan, ActionPlan.class)).isEqualTo(plan);
    }

    @Test
    void readsAnActionPlanStoredBeforeActivitiesNamedTheirMethod() {
        var plan = ActionPlanFixtures.norsjoPlan();
        String stored = changed(plan, tree -> tree.get("activities").forEach(a -> ((ObjectNode) a).remove("methodId")));

        assertThat(stored).doesNotContain("methodId");
        assertThat(json.read(stored, ActionPlan.class)).isEqualTo(plan);
    }

    @Test
    void readsBackAFollowedUpDecision() {
        var decision = DecisionFixtures.approved().recordFollowUp(DecisionFixtures.outcome());

        assertThat(roundTrip(decision, Decision.class)).isEqualTo(decision);
    }

    @Test
    void readsBackAMeeting() {
        var meeting = MeetingFixtures.checkIn();

        assertThat(roundTrip(meeting, Meeting.class)).isEqualTo(meeting);
    }

    @Test
    void readsBackATeam() {
        var team = TeamFixtures.norsjoTeam();

        assertThat(roundTrip(team, Team.class)).isEqualTo(team);
    }

    @Test
    void readsBackAnAgreement() {
        var agreement = CountyFixtures.norsjoAgreement();

        assertThat(roundTrip(agreement, Agreement.class)).isEqualTo(agreement);
    }

    @Test
    void readsBackACounty() {
        var county = CountyFixtures.vasterbotten();

        assertThat(roundTrip(county, County.class)).isEqualTo(county);
    }

    @Test
    void readsBackAMethodBank() {
        var bank = MethodFixtures.bank();

        assertThat(roundTrip(bank, MethodBank.class)).isEqualTo(bank);
    }

    @Test
    void writesTheSchemaVersionFirst() {
        assertThat(json.write(CountyFixtures.norsjoAgreement()))
                .startsWith("{\"schemaVersion\":1,\"countyCode\":\"24\"");
        assertThat(json.write(MethodFixtures.bank())).startsWith("{\"schemaVersion\":1,");
    }

    @Test
    void writesNoSchemaVersionInPartsOfADocument() {
        assertThat(json.write(CountyFixtures.norsjo())).doesNotContain("schemaVersion");
    }

    @Test
    void writesIsoDatesAndExactDecimals() {
        String written = json.write(SituationPictureFixtures.norsjo2024());

        assertThat(written).contains("\"period\":{\"start\":\"2024-01-01\",\"end\":\"2024-12-31\"}");
        assertThat(written).contains("\"men\":9.0,");
    }

    @Test
    void refusesAnUnsupportedSchemaVersion() {
        String version7 = changed(SituationPictureFixtures.norsjo2024(), tree -> tree.put("schemaVersion", 7));

        var refusal = assertRefused(
                () -> json.read(version7, SituationPicture.class),
                "schemaVersion",
                "schemaVersion 7 stöds inte för SituationPicture; den här versionen läser 1");
        assertThat(refusal)
                .hasMessage(
                        "schemaVersion: schemaVersion 7 stöds inte för SituationPicture; den här versionen läser 1");
    }

    @Test
    void refusesAMissingSchemaVersion() {
        String unversioned = changed(TeamFixtures.norsjoTeam(), tree -> tree.remove("schemaVersion"));

        assertRefused(() -> json.read(unversioned, Team.class), "schemaVersion", "schemaVersion saknas för Team");
    }

    @Test
    void refusesASchemaVersionThatIsNotANumber() {
        String text = changed(TeamFixtures.norsjoTeam(), tree -> tree.put("schemaVersion", "1"));

        assertRefused(() -> json.read(text, Team.class), "schemaVersion", "måste vara ett heltal");
    }

    @Test
    void reportsTheFullPathOfANestedViolation() {
        String blankWhy = changed(
                ActionPlanFixtures.norsjoPlan(),
                tree -> at(tree, "/activities/1/programmeTheory").put("why", " "));

        assertRefused(
                () -> json.read(blankWhy, ActionPlan.class), "activities[1].programmeTheory.why", "måste fyllas i");
    }

    @Test
    void reportsTheIndexedPathOfAnIndicatorValue() {
        String negative = changed(
                SituationPictureFixtures.norsjo2024(),
                tree -> at(tree, "/indicators/2").put("women", -1));

        assertRefused(
                () -> json.read(negative, SituationPicture.class), "indicators[2].women", "får inte vara negativt");
    }

    @Test
    void reportsEveryViolationOfTheRefusedDocument() {
        String invalid = changed(ActionPlanFixtures.norsjoPlan(), tree -> {
            tree.put("vision", "");
            tree.put("municipalityCode", "24");
        });

        var refusal = assertRefused(() -> json.read(invalid, ActionPlan.class), "vision", "måste fyllas i");
        assertThat(refusal.violations()).extracting("path").contains("municipalityCode");
    }

    @Test
    void refusesAnUnknownPropertyByName() {
        String extra = changed(
                SituationPictureFixtures.norsjo2024(),
                tree -> at(tree, "/indicators/0").put("colour", "red"));

        var refusal = assertRefused(
                () -> json.read(extra, SituationPicture.class), "indicators[0].colour", "okänt fält 'colour'");
        assertThat(refusal.getMessage()).contains("colour");
    }

    @Test
    void refusesAnUnknownTopLevelProperty() {
        String extra = changed(TeamFixtures.norsjoTeam(), tree -> tree.put("leader", "anna"));

        assertRefused(() -> json.read(extra, Team.class), "leader", "okänt fält 'leader'");
    }

    @Test
    void refusesAnIndicatorThatDoesNotSayWhetherItIsPersonBased() {
        String unsure = changed(
                SituationPictureFixtures.norsjo2024(),
                tree -> at(tree, "/indicators/1").remove("personBased"));

        assertRefused(() -> json.read(unsure, SituationPicture.class), "indicators[1].personBased", "måste fyllas i");
    }

    @Test
    void refusesAnUnknownEnumValue() {
        String litres = changed(
                SituationPictureFixtures.norsjo2024(),
                tree -> at(tree, "/indicators/0").put("unit", "LITRES"));

        assertRefused(() -> json.read(litres, SituationPicture.class), "indicators[0].unit", "ogiltigt värde 'LITRES'");
    }

    @Test
    void refusesAnInvalidDate() {
        String badDate = changed(MeetingFixtures.checkIn(), tree -> tree.put("date", "2025-13-01"));

        assertRefused(() -> json.read(badDate, Meeting.class), "date", "2025-13-01");
    }

    @Test
    void refusesJsonThatCannotBeParsed() {
        assertRefused(() -> json.read("{\"schemaVersion\":1,", Team.class), "", "kan inte läsas som JSON för Team");
    }

    @Test
    void treatsAMissingListAsEmpty() {
        String noMembers = changed(TeamFixtures.norsjoTeam(), tree -> tree.remove("members"));

        assertThat(json.read(noMembers, Team.class).members()).isEmpty();
    }

    @Test
    void refusesANullListElementAtItsIndex() {
        String nullMember = changed(
                TeamFixtures.norsjoTeam(),
                tree -> ((com.fasterxml.jackson.databind.node.ArrayNode) tree.get("members")).addNull());

        assertRefused(() -> json.read(nullMember, Team.class), "members[4]", "måste fyllas i");
    }

    @Test
    void givesAConfiguredMapperThatWritesTheSameJson() throws Exception {
        var plan = ActionPlanFixtures.norsjoPlan();

        assertThat(json.mapper().writeValueAsString(plan)).isEqualTo(json.write(plan));
    }

    @Test
    void checksSchemaVersionsInAMapperConfiguredElsewhere() throws Exception {
        var mapper = DomainJson.configure(com.fasterxml.jackson.databind.json.JsonMapper.builder())
                .build();
        JsonNode tree = mapper.readTree(json.write(TeamFixtures.norsjoTeam()));
        ((ObjectNode) tree).put("schemaVersion", 2);

        assertRefused(
                () -> mapper.readValue(tree.toString(), Team.class), "schemaVersion", "schemaVersion 2 stöds inte");
    }

    @Test
    void readsDocumentsInsideAList() throws Exception {
        var teams = List.of(TeamFixtures.norsjoTeam(), new Team("2422", List.of()));
        var mapper = json.mapper();

        var read = mapper.readValue(
                mapper.writeValueAsString(teams),
                mapper.getTypeFactory().constructCollectionType(List.class, Team.class));

        assertThat(read).isEqualTo(teams);
    }

    @Test
    void reportsEveryViolationOfADomainType() {
        String norrbotten = changed(CountyFixtures.vasterbotten(), tree -> tree.put("code", "25"));

        ValidationException refusal = assertRefused(
                () -> json.read(norrbotten, County.class), "municipalities[3].code", "måste börja med länskoden 25");
        assertThat(refusal.violations()).hasSize(4);
    }
}
