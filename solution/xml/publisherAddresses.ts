import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";

/** The address fields of a publisher, in the order pac and solution exports write them. */
const ADDRESS_FIELDS = [
  "City",
  "County",
  "Country",
  "Fax",
  "FreightTermsCode",
  "ImportSequenceNumber",
  "Latitude",
  "Line1",
  "Line2",
  "Line3",
  "Longitude",
  "Name",
  "PostalCode",
  "PostOfficeBox",
  "PrimaryContactName",
  "ShippingMethodCode",
  "StateOrProvince",
  "Telephone1",
  "Telephone2",
  "Telephone3",
  "TimeZoneRuleVersionNumber",
  "UPSZone",
  "UTCOffset",
  "UTCConversionTimeZoneCode",
] as const;

/** Fields pac fills even in an empty address (ShippingMethodCode 1, "Airborne", the column default). */
const FILLED: Partial<Record<(typeof ADDRESS_FIELDS)[number], string>> = { ShippingMethodCode: "1" };

/**
 * The publisher's `<Addresses>` block: two empty addresses (numbers 1 and 2, type 1), every field
 * nil but the shipping method, exactly as `pac solution init` writes it and as exports carry it
 * (e.g. microsoft/powercat-creator-kit, CreatorKitAI/SolutionPackage/src/Other/Solution.xml).
 */
export function publisherAddresses(publisher: XMLBuilder): void {
  const addresses = publisher.ele("Addresses");
  for (const number of [1, 2]) {
    const address = addresses.ele("Address");
    address.ele("AddressNumber").txt(String(number));
    address.ele("AddressTypeCode").txt("1");
    for (const field of ADDRESS_FIELDS) {
      const value = FILLED[field];
      if (value === undefined) address.ele(field, { "xsi:nil": "true" });
      else address.ele(field).txt(value);
    }
  }
}
