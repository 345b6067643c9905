package se.valdsprevention.web.countypicture;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import se.valdsprevention.web.MunicipalityNames;
import se.valdsprevention.web.MunicipalityPopulations;
import se.valdsprevention.web.SwedishDates;
import se.valdsprevention.web.charts.SituationCharts;
import se.valdsprevention.workflows.county.CountyProperties;
import se.valdsprevention.workflows.situation.SituationPictures;
import se.valdsprevention.workflows.statistics.KoladaValues;
import se.valdsprevention.workflows.statistics.kolada.KoladaProperties;

/** Länets lägesbild ({@code /lan/lagesbild}) and {@link CountyPictures} for the county report. */
@Configuration(proxyBeanMethods = false)
@Import(CountyPicturePage.class)
public class CountyPictureConfiguration {

    @Bean
    CountyPictures countyPictures(
            SituationPictures pictures,
            ObjectProvider<KoladaValues> koladaValues,
            ObjectProvider<KoladaProperties> kolada,
            CountyProperties county,
            MunicipalityNames names,
            MunicipalityPopulations populations,
            SwedishDates dates,
            SituationCharts charts) {
        return new CountyPictures(pictures, koladaValues, kolada, county.getCode(), names, populations, dates, charts);
    }
}
