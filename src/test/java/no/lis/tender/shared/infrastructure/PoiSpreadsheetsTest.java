package no.lis.tender.shared.infrastructure;

import no.lis.tender.shared.domain.Sheet;
import no.lis.tender.shared.domain.SheetRow;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PoiSpreadsheetsTest {

    @Test
    void aSheetOfTwoThousandRowsIsWrittenAndReadBackWhole() {
        List<List<Object>> rows = new ArrayList<>();
        for (int n = 1; n <= 2000; n++) {
            rows.add(List.of(n, "Generisk " + n));
        }
        PoiSpreadsheets spreadsheets = new PoiSpreadsheets();
        byte[] xlsx = spreadsheets.write(List.of(new Sheet("Prisskjema", List.of(Sheet.Column.shown("Delkontrakt", 10),
                Sheet.Column.input("Navn", Sheet.Rule.NONE, 10)), rows, true)));

        List<SheetRow> read = spreadsheets.read(xlsx, "file", 3000);
        assertThat(read).hasSize(2001);
        assertThat(read.get(2000).cells()).containsExactly("2000", "Generisk 2000");
        assertThat(read.get(2000).number()).isEqualTo(2001);
    }
}
