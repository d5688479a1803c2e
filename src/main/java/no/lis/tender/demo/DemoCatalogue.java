package no.lis.tender.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.lis.tender.catalogue.application.DddInput;
import no.lis.tender.catalogue.application.PackInput;
import no.lis.tender.catalogue.application.ProductDetails;
import no.lis.tender.catalogue.application.RegisterProduct;
import no.lis.tender.catalogue.application.RegisterSubstance;
import no.lis.tender.catalogue.application.RegisterSupplier;
import no.lis.tender.catalogue.application.SaveSpecialistGroup;
import no.lis.tender.catalogue.domain.AdministrationRoute;
import no.lis.tender.catalogue.domain.DoseUnit;
import no.lis.tender.catalogue.domain.ProductType;
import no.lis.tender.catalogue.domain.Profession;
import no.lis.tender.catalogue.domain.TherapeuticArea;
import no.lis.tender.catalogue.domain.TherapeuticAreaRepository;
import no.lis.tender.shared.domain.SecurityEvent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static no.lis.tender.catalogue.domain.DoseUnit.G;
import static no.lis.tender.catalogue.domain.DoseUnit.IU;
import static no.lis.tender.catalogue.domain.DoseUnit.MG;
import static no.lis.tender.catalogue.domain.DoseUnit.TU;
import static no.lis.tender.catalogue.domain.ProductType.BIOSIMILAR;
import static no.lis.tender.catalogue.domain.ProductType.GENERIC;
import static no.lis.tender.catalogue.domain.ProductType.ORIGINATOR;
import static no.lis.tender.catalogue.domain.Profession.CLINICIAN;
import static no.lis.tender.catalogue.domain.Profession.HOSPITAL_PHARMACIST;

/**
 * The demo catalogue: therapeutic areas, specialist groups, the TNF-alpha inhibitors with their
 * originators and biosimilars, two antibiotics with generics, a low-molecular-weight heparin, two
 * cancer antibodies with biosimilars, and the companies that hold them.
 * <p>
 * What is real: the substances' ATC codes and the WHO's DDDs (the WHO gives none for the
 * antineoplastic monoclonal antibodies in L01F), the names of the companies and of their products,
 * and the products' forms, strengths and pack sizes; which company holds which product follows the
 * Norwegian market as it has been and may be out of date. What is made up: the organisation numbers
 * (valid under the modulus-11 rule, but not the companies' own), the varenummer, the maximum prices
 * (plausible pharmacy purchase prices, AIP, in NOK), the people and their e-mail addresses.
 * <p>
 * Everything goes through the catalogue's use cases, so the demo data obeys the same rules as data
 * typed by a buyer; it joins the caller's transaction.
 */
@ApplicationScoped
class DemoCatalogue {

    /**
     * What the rest of the demo data refers to: the supplier ids for the supplier demo users
     * ({@code sandoz}, {@code abbvie}, {@code pfizer}), the therapeutic-area ids by code
     * ({@code REUMA}, {@code ONKO}, {@code INFEK}, {@code BLOD}, {@code NEVRO}), and the
     * specialist-group ids by a short key ({@code TNF}, {@code ANTIBIOTIKA}, {@code ONKOLOGI},
     * {@code BLOD}, {@code NEVRO}).
     */
    record Loaded(Map<String, Long> supplierIds, Map<String, Long> areaIds, Map<String, Long> groupIds) {
    }

    private static final String PEN = "ferdigfylt penn";
    private static final String SYRINGE = "ferdigfylt sprøyte";
    private static final String VIAL = "hetteglass";
    private static final String PEN_FORM = "injeksjonsvæske, oppløsning i ferdigfylt penn";
    private static final String SYRINGE_FORM = "injeksjonsvæske, oppløsning i ferdigfylt sprøyte";
    private static final String INFUSION_POWDER = "pulver til konsentrat til infusjonsvæske, oppløsning";
    private static final String INFUSION_CONCENTRATE = "konsentrat til infusjonsvæske, oppløsning";

    @Inject
    TherapeuticAreaRepository areas;

    @Inject
    RegisterSupplier registerSupplier;

    @Inject
    RegisterSubstance registerSubstance;

    @Inject
    RegisterProduct registerProduct;

    @Inject
    SaveSpecialistGroup saveGroup;

    Loaded load() {
        Map<String, Long> areaIds = new LinkedHashMap<>();
        area(areaIds, "REUMA", "Revmatologi og immunologi (TNF-alfa-hemmere)");
        area(areaIds, "ONKO", "Onkologi");
        area(areaIds, "INFEK", "Antibiotika og infeksjon");
        area(areaIds, "BLOD", "Blod og antikoagulasjon");
        area(areaIds, "NEVRO", "Nevrologi (multippel sklerose)");

        Map<String, Long> groupIds = new LinkedHashMap<>();
        groupIds.put("TNF", group("Spesialistgruppe for TNF-BIO", areaIds.get("REUMA"), List.of(
                member("Ingrid Berg", "ingrid.berg@sykehus.example", CLINICIAN, "ingrid"),
                member("Lars Moe", "lars.moe@sykehus.example", HOSPITAL_PHARMACIST, "lars"),
                member("Siri Dahl", "siri.dahl@sykehus.example", CLINICIAN, null),
                member("Ole Nilsen", "ole.nilsen@sykehus.example", CLINICIAN, null),
                member("Marit Holm", "marit.holm@sykehusapotek.example", HOSPITAL_PHARMACIST, null))));
        groupIds.put("ANTIBIOTIKA", group("Spesialistgruppe for antibiotika", areaIds.get("INFEK"), List.of(
                member("Kristian Lunde", "kristian.lunde@sykehus.example", CLINICIAN, null),
                member("Hilde Strand", "hilde.strand@sykehus.example", CLINICIAN, null),
                member("Eirik Bakke", "eirik.bakke@sykehusapotek.example", HOSPITAL_PHARMACIST, null))));
        groupIds.put("ONKOLOGI", group("Spesialistgruppe for onkologi", areaIds.get("ONKO"), List.of(
                member("Anne Kristiansen", "anne.kristiansen@sykehus.example", CLINICIAN, null),
                member("Jon Haugen", "jon.haugen@sykehus.example", CLINICIAN, null),
                member("Tone Eide", "tone.eide@sykehusapotek.example", HOSPITAL_PHARMACIST, null))));
        groupIds.put("BLOD", group("Spesialistgruppe for antikoagulasjon", areaIds.get("BLOD"), List.of(
                member("Per Arne Solberg", "perarne.solberg@sykehus.example", CLINICIAN, null),
                member("Liv Myhre", "liv.myhre@sykehusapotek.example", HOSPITAL_PHARMACIST, null))));
        groupIds.put("NEVRO", group("Spesialistgruppe for MS-legemidler", areaIds.get("NEVRO"), List.of(
                member("Gunnar Vik", "gunnar.vik@sykehus.example", CLINICIAN, null),
                member("Randi Aas", "randi.aas@sykehus.example", CLINICIAN, null),
                member("Trine Foss", "trine.foss@sykehusapotek.example", HOSPITAL_PHARMACIST, null))));

        long abbvie = supplier("AbbVie AS", "981234502", "anbud@abbvie.example");
        long sandoz = supplier("Sandoz AS", "987654309", "anbud@sandoz.example");
        long pfizer = supplier("Pfizer AS", "972345601", "anbud@pfizer.example");
        long biogen = supplier("Biogen Norway AS", "916782403", "anbud@biogen.example");
        long amgen = supplier("Amgen AB", "993128708", "anbud@amgen.example");
        long fresenius = supplier("Fresenius Kabi Norge AS", "965432108", "anbud@fresenius-kabi.example");
        long celltrion = supplier("Celltrion Healthcare Norway AS", "921543808", "anbud@celltrion.example");
        supplier("Orion Pharma AS", "938765405", "anbud@orionpharma.example");
        long msd = supplier("MSD (Norge) AS", "945123605", "anbud@msd.example");
        long ucb = supplier("UCB Pharma AS", "952301705", "anbud@ucb.example");
        long roche = supplier("Roche Norge AS", "978123406", "anbud@roche.example");
        long sanofi = supplier("Sanofi-aventis Norge AS", "983456707", "anbud@sanofi.example");

        long reuma = areaIds.get("REUMA");
        // Biosimilars of adalimumab could enter the EEA market when its last patent (with SPC) ran out.
        long adalimumab = substance("L04AB04", "adalimumab", "2.9", MG, LocalDate.of(2018, 10, 16), reuma);
        long etanercept = substance("L04AB01", "etanercept", "7", MG, null, reuma);
        long infliximab = substance("L04AB02", "infliximab", "3.75", MG, null, reuma);
        long golimumab = substance("L04AB06", "golimumab", "1.66", MG, null, reuma);
        long certolizumab = substance("L04AB05", "certolizumab pegol", "14", MG, null, reuma);
        long piperacillin = substance("J01CR05", "piperacillin og enzymhemmer (tazobaktam)", "14", G, null,
                areaIds.get("INFEK"));
        long meropenem = substance("J01DH02", "meropenem", "3", G, null, areaIds.get("INFEK"));
        long enoxaparin = substance("B01AB05", "enoksaparin", "2", TU, null, areaIds.get("BLOD"));
        long trastuzumab = substance("L01FD01", "trastuzumab", null, null, null, areaIds.get("ONKO"));
        long rituximab = substance("L01FA01", "rituksimab", null, null, null, areaIds.get("ONKO"));

        // One pack a substance and form; strength per unit, then how many units a pack holds.
        PackInput adalimumabPen = pack(PEN_FORM, "40", MG, "2", PEN);
        PackInput adalimumabSyringe = pack(SYRINGE_FORM, "40", MG, "2", SYRINGE);
        PackInput etanerceptPen = pack(PEN_FORM, "50", MG, "4", PEN);
        PackInput infliximabVial = pack(INFUSION_POWDER, "100", MG, "1", VIAL);
        PackInput golimumabPen = pack(PEN_FORM, "50", MG, "1", PEN);
        PackInput certolizumabSyringe = pack(SYRINGE_FORM, "200", MG, "2", SYRINGE);
        // Strength as piperacillin, as in the product names "4 g/0,5 g".
        PackInput pipTaz = pack("pulver til infusjonsvæske, oppløsning, 4 g/0,5 g", "4", G, "10", VIAL);
        PackInput meropenemVial = pack("pulver til injeksjons-/infusjonsvæske, oppløsning", "1", G, "10", VIAL);
        PackInput enoxaparin4000 = pack(SYRINGE_FORM + ", 4000 IE/0,4 ml", "4000", IU, "10", SYRINGE);
        PackInput enoxaparin6000 = pack(SYRINGE_FORM + ", 6000 IE/0,6 ml", "6000", IU, "10", SYRINGE);
        PackInput trastuzumabVial = pack(INFUSION_POWDER, "150", MG, "1", VIAL);
        PackInput rituximabVial = pack(INFUSION_CONCENTRATE, "500", MG, "1", VIAL);

        product("411872", "Humira", adalimumab, adalimumabPen, abbvie, "9780.30", ORIGINATOR);
        product("411881", "Humira", adalimumab, adalimumabSyringe, abbvie, "9780.30", ORIGINATOR);
        product("167853", "Amgevita", adalimumab, adalimumabPen, amgen, "8390.00", BIOSIMILAR);
        product("183264", "Hyrimoz", adalimumab, adalimumabPen, sandoz, "8250.00", BIOSIMILAR);
        product("137705", "Imraldi", adalimumab, adalimumabPen, biogen, "8310.00", BIOSIMILAR);
        product("590216", "Yuflyma", adalimumab, adalimumabPen, celltrion, "8120.00", BIOSIMILAR);
        product("074812", "Enbrel", etanercept, etanerceptPen, pfizer, "9915.60", ORIGINATOR);
        product("423890", "Benepali", etanercept, etanerceptPen, biogen, "8240.00", BIOSIMILAR);
        product("508117", "Erelzi", etanercept, etanerceptPen, sandoz, "8150.00", BIOSIMILAR);
        product("066513", "Remicade", infliximab, infliximabVial, msd, "4480.00", ORIGINATOR);
        product("379321", "Remsima", infliximab, infliximabVial, celltrion, "3610.00", BIOSIMILAR);
        product("451268", "Inflectra", infliximab, infliximabVial, pfizer, "3655.00", BIOSIMILAR);
        product("128904", "Zessly", infliximab, infliximabVial, sandoz, "3590.00", BIOSIMILAR);
        product("095436", "Simponi", golimumab, golimumabPen, msd, "11315.00", ORIGINATOR);
        product("172930", "Cimzia", certolizumab, certolizumabSyringe, ucb, "8912.40", ORIGINATOR);
        product("552701", "Piperacillin/Tazobactam Fresenius Kabi", piperacillin, pipTaz, fresenius, "998.00", GENERIC);
        product("552719", "Piperacillin/Tazobactam Sandoz", piperacillin, pipTaz, sandoz, "1042.50", GENERIC);
        product("061427", "Meronem", meropenem, meropenemVial, pfizer, "1254.00", ORIGINATOR);
        product("563344", "Meropenem Fresenius Kabi", meropenem, meropenemVial, fresenius, "720.00", GENERIC);
        product("081265", "Klexane", enoxaparin, enoxaparin4000, sanofi, "468.90", ORIGINATOR);
        product("081273", "Klexane", enoxaparin, enoxaparin6000, sanofi, "655.40", ORIGINATOR);
        product("040378", "Herceptin", trastuzumab, trastuzumabVial, roche, "5810.00", ORIGINATOR);
        product("400923", "Herzuma", trastuzumab, trastuzumabVial, celltrion, "4890.00", BIOSIMILAR);
        product("160418", "Kanjinti", trastuzumab, trastuzumabVial, amgen, "4950.00", BIOSIMILAR);
        product("447912", "Trazimera", trastuzumab, trastuzumabVial, pfizer, "4845.00", BIOSIMILAR);
        product("030254", "MabThera", rituximab, rituximabVial, roche, "14520.00", ORIGINATOR);
        product("535172", "Truxima", rituximab, rituximabVial, celltrion, "11980.00", BIOSIMILAR);
        product("156239", "Rixathon", rituximab, rituximabVial, sandoz, "11890.00", BIOSIMILAR);

        return new Loaded(Map.of("sandoz", sandoz, "abbvie", abbvie, "pfizer", pfizer), Map.copyOf(areaIds),
                Map.copyOf(groupIds));
    }

    private void area(Map<String, Long> ids, String code, String name) {
        ids.put(code, areas.save(new TherapeuticArea(code, name)).getId());
    }

    private long group(String name, Long areaId, List<SaveSpecialistGroup.Member> members) {
        return saveGroup.save(new SaveSpecialistGroup.Command(null, null, name, areaId, members), SecurityEvent.SYSTEM);
    }

    private static SaveSpecialistGroup.Member member(String fullName, String email, Profession profession,
                                                     String username) {
        return new SaveSpecialistGroup.Member(fullName, email, profession, username);
    }

    private long supplier(String name, String organisationNumber, String email) {
        return registerSupplier.register(new RegisterSupplier.Command(name, organisationNumber, email));
    }

    /** A substance parenterally dosed; {@code ddd} {@code null} where the WHO has given it none. */
    private long substance(String atcCode, String name, String ddd, DoseUnit unit, LocalDate patentExpiry,
                           long areaId) {
        DddInput dddInput = ddd == null ? null : new DddInput(new BigDecimal(ddd), unit, AdministrationRoute.PARENTERAL);
        return registerSubstance.register(new RegisterSubstance.Command(atcCode, name, dddInput, patentExpiry, areaId));
    }

    private static PackInput pack(String form, String strength, DoseUnit strengthUnit, String packSize,
                                  String packUnit) {
        return new PackInput(form, new BigDecimal(strength), strengthUnit, new BigDecimal(packSize), packUnit);
    }

    private void product(String varenummer, String name, long substanceId, PackInput pack, long holderId,
                         String maximumPrice, ProductType type) {
        registerProduct.register(new ProductDetails(varenummer, name, substanceId, pack, holderId,
                new BigDecimal(maximumPrice), type));
    }
}
