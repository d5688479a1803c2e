package no.lis.tender.agreements.adherence.application;

import java.io.Serializable;
import java.util.List;

/**
 * What an accepted consumption file held: the number of lines stored, the hospital trusts by name and
 * the months ({@code YYYY-MM}) in order. Each trust's months in the file replaced what was stored
 * for them before.
 */
public record ConsumptionImported(int lines, List<String> trusts, List<String> months) implements Serializable {

    public ConsumptionImported {
        trusts = List.copyOf(trusts);
        months = List.copyOf(months);
    }
}
