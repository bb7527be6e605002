export type Rule =
  | "zip"
  | "entry-path"
  | "duplicate-entry"
  | "root-files"
  | "xml"
  | "publisher"
  | "prefix"
  | "version"
  | "managed"
  | "duplicate-component"
  | "component-files"
  | "manifest-mismatch"
  | "manifest-resource"
  | "layout"
  | "bundle-size"
  | "content-types"
  | "web-resource-id"
  | "web-resource-name"
  | "web-resource-type"
  | "resx-language"
  | "introduced-version"
  | "dependency"
  | "missing-dependency"
  | "upgrade";

export interface Problem {
  rule: Rule;
  message: string;
}

export type Report = (rule: Rule, message: string) => void;
