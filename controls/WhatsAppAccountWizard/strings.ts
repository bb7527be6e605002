import { DiagnosticParams, formatMessage } from "../../plugins-shim/rules";

/** Localized text by .resx key, placeholders filled (`{max}`); the view's only source of words. */
export type Strings = (key: string, params?: DiagnosticParams) => string;

export const createStrings =
  (getString: (key: string) => string): Strings =>
  (key, params) =>
    formatMessage(getString(key), params ?? {});
