import * as React from "react";
import { Avatar, AvatarProps } from "@fluentui/react-components";
import { safeHttpUrl } from "./schemaImports";

export interface ProfileAvatarProps {
  /** The person's name; Fluent's Avatar derives the initials from it (RTL-aware). */
  name: string | undefined;
  imageLink: string | null;
  size: AvatarProps["size"];
}

/**
 * The profile picture, or initials when the link is empty, not an http(s) URL, or the image fails
 * to load. Social image links expire and refuse hot-linking, so the failure is tracked here
 * instead of trusting each Fluent version to hide a broken image.
 */
export const ProfileAvatar: React.FC<ProfileAvatarProps> = ({ name, imageLink, size }) => {
  const src = safeHttpUrl(imageLink);
  const [failedSrc, setFailedSrc] = React.useState<string | undefined>(undefined);
  const onError = React.useCallback(() => setFailedSrc(src), [src]);
  const showImage = src !== undefined && failedSrc !== src;
  return (
    // Decorative: the card's title already names the person next to it.
    <Avatar aria-hidden="true" name={name} size={size} color="colorful" image={showImage ? { src, alt: "", onError } : undefined} />
  );
};
