/**
 * Why a value failed a rule that can fail for more than one reason, so a form can say which:
 * - `format`   wrong length, characters or prefix;
 * - `checksum` the shape is right but a check digit (or the account key) does not match;
 * - `country`  the country prefix is unknown to the rule (IBAN);
 * - `bic`      an account cannot be checked because the BIC it is keyed against is invalid.
 */
export type RuleError = 'format' | 'checksum' | 'country' | 'bic'
