package no.lis.tender.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.identity.domain.UserAccount;
import no.lis.tender.identity.domain.UserAccountRepository;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One demo user per role (two buyers, for the two-person opening; two specialists). Only PBKDF2
 * hashes are kept here; the README gives the demo password. Because the password is published, a
 * demo user is found by these hashes wherever it turns up, whatever its name.
 */
@ApplicationScoped
class DemoUsers {

    @Inject
    UserAccountRepository users;

    /** All of the one demo password, each with its own salt. */
    static final List<String> HASHES = List.of(
            "PBKDF2WithHmacSHA256:210000:txBX6Ml/rW4jp3n3mF8NdrKoO/bktPUlROt2C9WWY4o=:0X65elwplVZBhWCh/TNB3+5GUUv/GZgvSSRuruNcW7E=",
            "PBKDF2WithHmacSHA256:210000:dIZI+RSJ0BaVa4/GrsDoI0BDUqubWEV/D+jm5ZzymIM=:P/bo1NkiuMX5Z0TYBeJpVC5hdhnXhOMeuF/n8aoXxUU=",
            "PBKDF2WithHmacSHA256:210000:ChbEtI3IU9SNMxZLSZIMIymXUfykHPPmCtYSQW7WCBk=:9TFhH1lH2KMb+PV+6NdAJOBVleo+4hECX9/wZgzpCQA=",
            "PBKDF2WithHmacSHA256:210000:zzz149dhUsB5z3pgp74BO1REjnDks16khZj0CEgJIyI=:GdZtQgw4q6QoEko4re77yFFbvfy7d7HOouxrah5B5t4=",
            "PBKDF2WithHmacSHA256:210000:C4vrVQp8kp9IDH4OBRdSudniW/Q0gq63eqy6lo0Vx5E=:98536gh4NcsB/PQZZhtRYiB83DUGbnNYt42cAAbWqX4=",
            "PBKDF2WithHmacSHA256:210000:sr/Yv2MmhRG8PfKEip8BPVmNoFL0GyIbcRQE7SMoi0g=:lNl6nFeak9eb+4N40mkqcKU5iSgmP1TADcgpM4VhOKo=",
            "PBKDF2WithHmacSHA256:210000:2HANMXd1UrBRlHi+HnITZnlXmyM0bDI2LXPB1O5OLGA=:qc8pu2laeAy/FevXeVofZN0fk3y8AwVHm6b033Evcvg=",
            "PBKDF2WithHmacSHA256:210000:tUEqEvemIc1SLMEczEa/9Dng0/4nKm4uGyFVLrZP6D4=:4S6nvluy5sTuOnvCtuE8sb1YsOxd4VWod2m7jImmSxE=",
            "PBKDF2WithHmacSHA256:210000:2Tm+FyAuLWFiwoSxkSE9Iy3ocWUrvs0yvOeIh5kMOZg=:WeRPUj3fOq/9u6r5kbTe+dCWZ/1x6aN+MTdZx0E6XmU=");

    boolean present() {
        return users.findByUsername("kari").isPresent();
    }

    /** The usernames of the accounts that hold a demo hash, i.e. the published demo password. */
    List<String> presentUsernames() {
        return users.findByPasswordHashIn(HASHES).stream().map(UserAccount::getUsername).toList();
    }

    /** Whether the database has no user at all: the only kind of database the demo data goes into. */
    boolean none() {
        return users.count() == 0;
    }

    /** Loads the users; {@code supplierIds} maps the supplier users (sandoz, abbvie, pfizer) to their suppliers. */
    void load(Map<String, Long> supplierIds) {
        add(0, "kari", "Kari Nordmann", "kari.nordmann@lis.example", Role.BUYER, null);
        add(1, "per", "Per Hansen", "per.hansen@lis.example", Role.BUYER, null);
        add(2, "admin", "Anne Admin", "admin@lis.example", Role.ADMIN, null);
        add(3, "ingrid", "Ingrid Berg (revmatolog)", "ingrid.berg@sykehus.example", Role.SPECIALIST, null);
        add(4, "lars", "Lars Moe (sykehusfarmasøyt)", "lars.moe@sykehus.example", Role.SPECIALIST, null);
        add(5, "hanne", "Hanne Lie (sykehusfarmasøyt, tjenstlig behov)", "hanne.lie@sykehus.example",
                Role.PRICE_VIEWER, null);
        add(6, "sandoz", "Siri Solberg (Sandoz AS)", "anbud@sandoz.example", Role.SUPPLIER, supplierIds.get("sandoz"));
        add(7, "abbvie", "Anders Aas (AbbVie AS)", "anbud@abbvie.example", Role.SUPPLIER, supplierIds.get("abbvie"));
        add(8, "pfizer", "Pernille Pettersen (Pfizer AS)", "anbud@pfizer.example", Role.SUPPLIER,
                supplierIds.get("pfizer"));
    }

    private void add(int hash, String username, String name, String email, Role role, Long supplierId) {
        users.save(new UserAccount(username, name, email, HASHES.get(hash), Set.of(role), supplierId));
    }
}
