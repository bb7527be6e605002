/** @jest-environment node */
import fc from "fast-check";
import { OPT_OUT_LOCK_ORDER, resolveLock, type OptOutLock } from "../../../controls/common/optOutLock";
import { fieldLock } from "../../../controls/SocialProfileCard/fieldState";
import { galleryOptOutLock, rowOptOutLock } from "../../../controls/SocialProfileGallery/model/optOutAccess";
import { socialprofile } from "../../../plugins-shim/schema/socialprofile";

/** One situation, in plain facts; each control is handed it in its own host's terms below. */
interface World {
  notEnabled: boolean;
  notBound: boolean;
  columnSecured: boolean;
  noPrivilege: boolean;
  /** Where the gallery learns "no privilege": the table privilege, or a save the server refused on this row. */
  privilegeFromRow: boolean;
  recordInactive: boolean;
  formReadOnly: boolean;
}

const worlds = (withNotEnabled: boolean): fc.Arbitrary<World> =>
  fc.record({
    notEnabled: withNotEnabled ? fc.boolean() : fc.constant(false),
    notBound: fc.boolean(),
    columnSecured: fc.boolean(),
    noPrivilege: fc.boolean(),
    privilegeFromRow: fc.boolean(),
    recordInactive: fc.boolean(),
    formReadOnly: fc.boolean(),
  });

const INACTIVE = socialprofile.columns.statecode.choices!.find((choice) => choice.labelKey === "state.inactive")!.value;
const ACTIVE = socialprofile.columns.statecode.choices!.find((choice) => choice.labelKey === "state.active")!.value;

/**
 * The card as a model-driven form hands it the world: a bound property carries its column's
 * logical name and field security (`security.editable`); the form locks the control
 * (`mode.isControlDisabled`) for a user without Write and for an inactive record. The card has no
 * "allow changes" option, so `notEnabled` never reaches it.
 */
function cardLock(world: World): OptOutLock | null {
  const property = world.notBound
    ? { attributes: undefined, security: undefined }
    : {
        attributes: { LogicalName: "msdyn_customeroptout" } as ComponentFramework.PropertyHelper.FieldPropertyMetadata.Metadata,
        security: { secured: world.columnSecured, readable: true, editable: !world.columnSecured },
      };
  return fieldLock(property, {
    controlDisabled: world.formReadOnly || world.noPrivilege || world.recordInactive,
    noWritePrivilege: world.noPrivilege,
    recordInactive: world.recordInactive,
  });
}

/**
 * The gallery as a subgrid hands it the world: the maker option, the dataset's columns,
 * `mode.isControlDisabled`, `utils.hasEntityPrivilege` for the table, the row's statecode, and
 * what a refused save taught about this row (privilege depth or column security; one reason a row).
 */
function galleryLock(world: World): OptOutLock | null {
  const privilegeFromRow = world.noPrivilege && world.privilegeFromRow && !world.columnSecured;
  const shared = galleryOptOutLock({
    enabled: !world.notEnabled,
    canSave: true,
    columnMapped: !world.notBound,
    formDisabled: world.formReadOnly,
    canWrite: !(world.noPrivilege && !privilegeFromRow),
  });
  const denied: OptOutLock | undefined = world.columnSecured ? "columnSecured" : privilegeFromRow ? "noPrivilege" : undefined;
  return rowOptOutLock(shared, { state: world.recordInactive ? INACTIVE : ACTIVE }, denied);
}

describe("one opt-out lock order for the card and the gallery", () => {
  it("names the most specific cause first and the generic read-only form last", () => {
    expect(OPT_OUT_LOCK_ORDER).toEqual(["notEnabled", "notBound", "columnSecured", "noPrivilege", "recordInactive", "formReadOnly"]);
  });

  it("resolves to the first applying reason of the documented order", () => {
    fc.assert(
      fc.property(fc.subarray([...OPT_OUT_LOCK_ORDER]), (reasons) => {
        const facts = Object.fromEntries(reasons.map((reason) => [reason, true]));
        expect(resolveLock(facts)).toBe(OPT_OUT_LOCK_ORDER.find((reason) => reasons.includes(reason)) ?? null);
      }),
    );
  });

  it("gives the same reason in the card and the gallery for every combination", () => {
    fc.assert(
      fc.property(worlds(false), (world) => {
        const expected = resolveLock({ ...world });
        expect(cardLock(world)).toBe(expected);
        expect(galleryLock(world)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it("lets the gallery's maker option come before every other reason", () => {
    fc.assert(
      fc.property(worlds(true), (world) => {
        expect(galleryLock(world)).toBe(resolveLock({ ...world }));
      }),
    );
  });

  it("names the cause, not the read-only form, where the card and gallery used to disagree", () => {
    const world: World = {
      notEnabled: false,
      notBound: false,
      columnSecured: false,
      noPrivilege: true,
      privilegeFromRow: false,
      recordInactive: true,
      formReadOnly: true,
    };
    expect(galleryLock(world)).toBe("noPrivilege");
    expect(cardLock(world)).toBe("noPrivilege");
    expect(galleryLock({ ...world, noPrivilege: false })).toBe("recordInactive");
    expect(cardLock({ ...world, columnSecured: true })).toBe("columnSecured");
  });
});
