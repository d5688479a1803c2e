/**
 * What a tender round ends in, split by what buyers do: {@code award} (the award decision, the
 * letters, the standstill and complaints), {@code framework} (framework agreements concluded from
 * an award, their options, and direct agreements), {@code recommendations} (the LIS recommendation
 * built on the agreements, its versions and who saw its prices) and {@code adherence} (consumption,
 * adherence to the recommendation and the follow-up over time). Each depends only on those before
 * it in that list; {@code ArchitectureTest} keeps it so. Beside them, {@code negotiation} (the
 * workspace of a phase-1 price negotiation) builds on award and framework, and nothing uses it.
 */
package no.lis.tender.agreements;
