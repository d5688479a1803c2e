package no.lis.tender.shared.web;

import no.lis.tender.shared.web.StackedBarChart.Part;
import no.lis.tender.shared.web.StackedBarChart.ValueAxis;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StackedBarChartTest {

    private static final List<String> COLOURS = List.of("#111111", "#222222");

    @Test
    void horizontalBarsReadTheirLabelsOnTheLeftAndValuesOnAFixedRange() {
        String json = StackedBarChart.json(List.of("1. Sandoz", "2. AbbVie"),
                List.of(new Part("Pris", List.of(new BigDecimal("60.00"), new BigDecimal("45.50"))),
                        new Part("Kvalitet", List.of(new BigDecimal("30.00"), new BigDecimal("35.00")))),
                COLOURS, true, new ValueAxis("Poeng", 0, 100));

        assertThat(json).isEqualTo("{\"type\":\"bar\",\"data\":{\"labels\":[\"1. Sandoz\",\"2. AbbVie\"],"
                + "\"datasets\":[{\"label\":\"Pris\",\"data\":[60.00,45.50],\"backgroundColor\":\"#111111\"},"
                + "{\"label\":\"Kvalitet\",\"data\":[30.00,35.00],\"backgroundColor\":\"#222222\"}]},"
                + "\"options\":{\"indexAxis\":\"y\",\"animation\":false,\"maintainAspectRatio\":false,"
                + "\"scales\":{\"x\":{\"stacked\":true,\"min\":0,\"max\":100,"
                + "\"title\":{\"display\":true,\"text\":\"Poeng\"}},\"y\":{\"stacked\":true}}}}");
    }

    @Test
    void upwardBarsFitTheirValueAxisToTheDataAndColoursStartAgain() {
        String json = StackedBarChart.json(List.of("2026-03"),
                List.of(new Part("A", List.of(BigDecimal.ONE)), new Part("B", List.of(BigDecimal.TEN)),
                        new Part("C", List.of(BigDecimal.ZERO))),
                COLOURS, false, ValueAxis.titled("NOK"));

        assertThat(json).contains("{\"label\":\"C\",\"data\":[0],\"backgroundColor\":\"#111111\"}")
                .contains("\"options\":{\"animation\":false,\"maintainAspectRatio\":false,"
                        + "\"scales\":{\"x\":{\"stacked\":true},"
                        + "\"y\":{\"stacked\":true,\"title\":{\"display\":true,\"text\":\"NOK\"}}}}")
                .doesNotContain("indexAxis").doesNotContain("\"min\"");
    }
}
