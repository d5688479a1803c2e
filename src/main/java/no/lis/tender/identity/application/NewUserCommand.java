package no.lis.tender.identity.application;

import java.util.List;

/**
 * An internal user as an administrator makes her: a buyer, a specialist, a price viewer or another
 * administrator. The first password is given to her by the administrator, out of band.
 *
 * @param username the login name (lower case letters, digits, {@code . _ -})
 * @param fullName her name as others see it
 * @param email    where notices go
 * @param roles    role names, e.g. {@code ["BUYER"]}
 * @param password the first password: long enough and not a published one
 */
public record NewUserCommand(String username, String fullName, String email, List<String> roles, String password) {
}
