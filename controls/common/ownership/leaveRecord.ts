/**
 * After a delete from the card the form must not stay open on the deleted record (issue 20, item 4).
 * Part of the ownership library (loaded on demand with the section), not of the card's bundle.
 * PCF gives a field control no way to close its form (`context.navigation` opens forms, URLs, files
 * and dialogs). Model-driven apps' client API does: `Xrm.Navigation.navigateTo({ pageType:
 * "entitylist", entityName })` (Microsoft Learn, Client API reference, "Xrm.Navigation.navigateTo":
 * "Navigates to the specified table list, table record, HTML web resource, or custom page") takes
 * the user to the Social Profiles list, where the form's own Delete takes them too. Nothing
 * promises `window.Xrm` to a code component (the access messages rely on it the same way,
 * docs/ownership.md): where it is missing this answers undefined and the card offers no Delete —
 * the form's own Delete command remains.
 */

interface XrmNavigationLike {
  Navigation?: { navigateTo?: (pageInput: { pageType: "entitylist"; entityName: string }) => PromiseLike<unknown> | undefined };
}

export function leaveDeletedRecord(
  host: { Xrm?: XrmNavigationLike } = globalThis as { Xrm?: XrmNavigationLike },
): (() => void) | undefined {
  const navigation = host.Xrm?.Navigation;
  if (typeof navigation?.navigateTo !== "function") return undefined;
  return () => {
    try {
      // A refused navigation leaves the section saying the profile was deleted: nothing else to do.
      void Promise.resolve(navigation.navigateTo?.({ pageType: "entitylist", entityName: "socialprofile" })).catch(() => undefined);
    } catch {
      // As above.
    }
  };
}
