// Profile data of the seeded accounts, by account id. Filled out by the profile feature; every value
// passes the validators in src/validation (real check digits).
export const seedProfiles: Record<string, Record<string, string>> = {}
