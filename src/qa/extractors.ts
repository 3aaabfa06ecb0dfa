/**
 * The short-answer extractors, one file per kind of question (src/qa/extract/).
 */
export type { Extracted } from "./extract/shared.ts";
export { wherePlace } from "./extract/place.ts";
export { whenDate } from "./extract/date.ts";
export { quantity } from "./extract/quantity.ts";
export { addressee, whoPerson, sidesOfCountries, speakerOf, roleOf } from "./extract/person.ts";
export { askedRoleWords, countryOwningRole, ownerRolesAsked, owners, personByRole, placeOwnerAsked } from "./extract/roleHolder.ts";
export { quoteOf } from "./extract/quote.ts";
export { yesNo, sideOf } from "./extract/yesNo.ts";
export { listAfterVerb, nationalities, why, clause } from "./extract/clause.ts";
export { objectOf } from "./extract/objectOf.ts";
export { directObject } from "./extract/directObject.ts";
export { givenName } from "./extract/givenName.ts";
export { afterQuotedPhrase, quotedPhrase } from "./extract/quotedPhrase.ts";
export { kindOfThing } from "./extract/kindOf.ts";
export { listItem } from "./extract/listItem.ts";
export { amountBy, change } from "./extract/change.ts";
export { weatherOf } from "./extract/weather.ts";
export { degreeOf } from "./extract/degree.ts";
export { describedAs } from "./extract/describedAs.ts";
export { exampleOf } from "./extract/examples.ts";
export { replacement } from "./extract/replaced.ts";
export { namedInstance } from "./extract/namedInstance.ts";
export { includedItems } from "./extract/included.ts";
export { wordOfKind } from "./extract/wordOfKind.ts";
