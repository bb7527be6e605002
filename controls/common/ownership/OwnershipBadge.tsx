import * as React from "react";
import { Badge } from "@fluentui/react-components";
import { OwnershipRelation, RELATION_KEYS } from "./ownershipImports";
import type { OwnershipText } from "./ownershipService";

export interface OwnershipBadgeProps {
  relation: OwnershipRelation;
  text: OwnershipText;
}

const COLOR: Readonly<Record<OwnershipRelation["kind"], "brand" | "informative" | "success" | "warning" | "subtle">> = {
  ownedByYou: "brand",
  ownedByYourTeam: "informative",
  sharedWithYou: "success",
  noActiveOwner: "warning",
  ownedByOther: "subtle",
};

/** The user's relation to a profile, as a badge (card header and gallery cards). Text, not colour, carries the meaning. */
export function OwnershipBadge({ relation, text }: OwnershipBadgeProps): JSX.Element {
  const label = text(RELATION_KEYS[relation.kind], relation.kind === "ownedByYourTeam" ? { team: relation.teamName } : {});
  return (
    // The card's badge style (ProfileCard: Blocked, Inactive): tint, the default circular shape.
    <Badge appearance="tint" color={COLOR[relation.kind]} data-relation={relation.kind}>
      {label}
    </Badge>
  );
}
