package se.valdsprevention.web.engineapi;

/**
 * What a user reads when a new password breaks Camunda's default password policy (on outside the demo profile:
 * {@code enable-password-policy}), in the policy's own terms.
 */
final class PasswordPolicyText {

    static final String REFUSAL = "Lösenordet uppfyller inte lösenordsreglerna. Det ska ha minst 10 tecken,"
            + " minst en stor bokstav, en liten bokstav, en siffra och ett specialtecken,"
            + " och får inte innehålla användarnamnet, förnamnet eller efternamnet.";

    private PasswordPolicyText() {}
}
