package no.lis.tender.it;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/** The war as Maven built it, the one that is shipped (an IT because it needs the packaged war). */
class ProductionWarIT {

    @Test
    void theShippedWarHasNoClockThatCanBeMoved() throws IOException {
        try (ZipFile war = new ZipFile(Deployments.war())) {
            List<String> classes = war.stream().map(ZipEntry::getName).filter(name -> name.endsWith(".class")).toList();

            assertThat(classes).as("the application's own clock is there")
                    .contains("WEB-INF/classes/no/lis/tender/shared/infrastructure/ClockProducer.class");
            assertThat(classes).noneMatch(name -> name.contains("TestClock"));
        }
    }
}
