package no.lis.tender.demo;

import no.lis.tender.identity.domain.PasswordHashing;
import org.junit.jupiter.api.Test;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class DemoPasswordTest {

    /** The password printed in the README. */
    private static final String README_PASSWORD = "Demo!2026";

    private final DemoPassword demoPassword = new DemoPassword();

    DemoPasswordTest() {
        demoPassword.hashing = new Pbkdf2();
    }

    @Test
    void everyDemoHashIsOfTheReadmePasswordSoEachDemoUserIsFoundByIt() {
        assertThat(DemoUsers.HASHES).hasSize(9).doesNotHaveDuplicates()
                .allSatisfy(hash -> assertThat(new Pbkdf2().matches(README_PASSWORD, hash)).isTrue());
    }

    @Test
    void theReadmePasswordIsPublishedAndAnotherIsNot() {
        assertThat(demoPassword.includes(README_PASSWORD)).isTrue();
        assertThat(demoPassword.includes("Demo!2027")).isFalse();
    }

    /** Checks a hash in Jakarta Security's format ({@code algorithm:iterations:salt:hash}) as the container does. */
    private static final class Pbkdf2 implements PasswordHashing {

        @Override
        public String hash(String password) {
            throw new UnsupportedOperationException("only checks here");
        }

        @Override
        public boolean matches(String password, String storedHash) {
            String[] parts = storedHash.split(":");
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            try {
                byte[] actual = SecretKeyFactory.getInstance(parts[0]).generateSecret(new PBEKeySpec(password.toCharArray(),
                        salt, Integer.parseInt(parts[1]), expected.length * 8)).getEncoded();
                return MessageDigest.isEqual(expected, actual);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
