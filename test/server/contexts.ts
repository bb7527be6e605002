/** The context builders live in simulator/ (the double's webhook dispatcher sends them too). */
export * from "../../simulator/webhooks/remoteContextBuilder";
